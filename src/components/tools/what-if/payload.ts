/**
 * What the What If tool's script needs, per language: its interface strings (the engine brings
 * its own sentences). Built at build time by `src/pages/data/what-if-[locale].json.ts` into a
 * static file that `kb-what-if` fetches, so the page's HTML does not carry it; `WhatIf.astro`
 * only points to it ({@link whatIfDataPath}).
 */
import type { Locale } from '~config/locales';
import { whatIfStringKeys, type WhatIfStringKey } from '~/schemas/ui-strings';
import { localeStrings } from '~/server/strings';

/** The strings without their `whatIf.` prefix, as the element reads them. */
export type WhatIfStrings = Record<WhatIfStringKey extends `whatIf.${infer K}` ? K : never, string>;

/** The file's content. */
export interface WhatIfPayload {
  locale: Locale;
  strings: WhatIfStrings;
}

/** The URL path of the tool's data for `locale` (stable: the element reads it from the page). */
export const whatIfDataPath = (locale: Locale) => `/data/what-if-${locale}.json`;

/** Builds the payload of `locale`; throws when a string is missing. */
export async function whatIfPayload(locale: Locale): Promise<WhatIfPayload> {
  const all = await localeStrings(locale, whatIfStringKeys, 'What If tool data');
  const strings = Object.fromEntries(
    whatIfStringKeys.map((key) => [key.slice('whatIf.'.length), all[key]]),
  ) as WhatIfStrings;
  return { locale, strings };
}
