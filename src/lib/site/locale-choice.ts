import { fallbackLocale, locales, type Locale } from '../../../config/locales';

/**
 * Picks the site language for a visitor from the browser's ordered language list
 * (`navigator.languages`): the first entry whose primary language is one of the site's
 * (`it`, `it-IT`, `it-CH`… for Italian) decides; anything else, or nothing, gets the fallback
 * language of config/locales.ts.
 */
export function chooseLocale(preferred: readonly string[]): Locale {
  const byLanguage = new Map(
    (Object.keys(locales) as Locale[]).map((key) => [locales[key].lang.toLowerCase(), key]),
  );
  for (const tag of preferred) {
    const found = byLanguage.get(tag.trim().toLowerCase().split(/[-_]/)[0] ?? '');
    if (found) return found;
  }
  return fallbackLocale;
}
