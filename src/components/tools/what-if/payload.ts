/**
 * What the What If tool's script needs, per language, in two static files built at build time:
 * its interface strings (`src/pages/data/what-if-[locale].json.ts`, fetched by `kb-what-if` when
 * it connects, preloaded by the page) and the engine's sentences
 * (`src/pages/data/what-if-messages-[locale].json.ts`, fetched on first use with the engine).
 * The page's HTML carries neither; `WhatIf.astro` only points to the first ({@link whatIfDataPath}).
 */
import type { Locale } from '~config/locales';
import { siteUrl } from '~config/site';
import { messageKeys, messagePrefix, messagesFrom, type Messages } from '~/lib/what-if/messages';
import { localeStrings } from '~/server/strings';
import { whatIfStringKeys, whatIfStrings, type WhatIfStrings } from './strings';

/** The strings file's content. */
export interface WhatIfPayload {
  locale: Locale;
  strings: WhatIfStrings;
  /** The site's public address, for share links that work outside the site (`config/site.ts`). */
  site: string;
  /** The URL path of the engine's sentences in this language. */
  messages: string;
}

/** The URL path of the tool's strings for `locale` (stable: the element reads it from the page). */
export const whatIfDataPath = (locale: Locale) => `/data/what-if-${locale}.json`;

/** The URL path of the engine's sentences for `locale`. */
export const whatIfMessagesPath = (locale: Locale) => `/data/what-if-messages-${locale}.json`;

/** Builds the strings file of `locale`; throws when a string is missing. */
export async function whatIfPayload(locale: Locale): Promise<WhatIfPayload> {
  const all = await localeStrings(locale, whatIfStringKeys, 'What If tool data');
  return {
    locale,
    strings: whatIfStrings((key) => all[key]),
    site: siteUrl,
    messages: whatIfMessagesPath(locale),
  };
}

/** Builds the sentences file of `locale`; throws when a sentence is missing. */
export async function whatIfMessages(locale: Locale): Promise<Messages> {
  const keys = messageKeys.map((key) => `${messagePrefix}${key}` as const);
  return messagesFrom(await localeStrings(locale, keys, 'What If sentences'));
}
