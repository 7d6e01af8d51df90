import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../config/locales';

const cache = new Map<string, Record<string, string>>();

/**
 * The interface strings of a language (src/content/i18n/<locale>.json): the page objects find
 * controls by the words the reader sees, in the reader's language.
 */
export function interfaceStrings(locale: Locale): (key: string) => string {
  let all = cache.get(locale);
  if (!all) {
    all = JSON.parse(
      readFileSync(join(import.meta.dirname, `../../../src/content/i18n/${locale}.json`), 'utf8'),
    ) as Record<string, string>;
    cache.set(locale, all);
  }
  const strings = all;
  return (key) => {
    const value = strings[key];
    if (!value) throw new Error(`no string ${key} in ${locale}`);
    return value;
  };
}
