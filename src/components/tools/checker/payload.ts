/**
 * What the checker's script needs, per language: the interface strings, the known codes, the
 * known apps, the rules and the causes (titles from the cause pages). Built at build time by
 * `src/pages/data/checker-[locale].json.ts` into a static file that `kb-checker` fetches, so the
 * page's HTML does not carry it; `Checker.astro` only points to it ({@link checkerDataPath}).
 */
import { getCollection, getEntry } from 'astro:content';
import type { Locale } from '~config/locales';
import { siteUrl } from '~config/site';
import { checkerStringKeys, type CheckerStringKey } from './strings';
import { causeIds } from '~/schemas/data';
import { MAX_CHARS } from '~/lib/checker/parse';
import { localiseData } from '~/lib/checker/data';
import type { CheckerData } from '~/lib/checker/types';
import { localeStrings } from '~/server/strings';

/** The checker's data for one language, as `kb-checker` receives it. */
export interface CheckerPayload extends CheckerData {
  locale: string;
  maxChars: number;
  /** The site's public address, for the absolute links of the message for IT and the copy. */
  site: string;
  strings: Record<CheckerStringKey, string>;
}

/** The URL path of the checker's data for `locale` (stable: the element reads it from the page). */
export const checkerDataPath = (locale: Locale) => `/data/checker-${locale}.json`;

/** Builds the payload of `locale`; throws when a string or a cause page is missing. */
export async function checkerPayload(locale: Locale): Promise<CheckerPayload> {
  const strings = await localeStrings(locale, checkerStringKeys, 'Checker data');
  const titles: Record<string, string> = {};
  for (const id of causeIds) {
    const page = await getEntry('docs', `${locale}/causes/${id}`);
    if (!page) throw new Error(`Checker data: the cause page ${locale}/causes/${id} is missing.`);
    titles[id] = page.data.title;
  }
  const data = localiseData(
    {
      codes: (await getCollection('codes')).map((e) => e.data),
      apps: (await getCollection('apps')).map((e) => e.data),
      rules: (await getCollection('checkerRules')).map((e) => e.data),
      causes: (await getCollection('causes')).map((e) => e.data),
    },
    locale,
    causeIds,
    titles,
  );
  return { locale, maxChars: MAX_CHARS, site: siteUrl, strings, ...data };
}
