/**
 * Interface strings for build-time code that has no `Astro.locals.t` (the static endpoints of
 * `src/pages/data/`): read from the `i18n` content collection, `src/content/i18n/<locale>.json`.
 * A missing or empty key fails the build, naming the file and the keys.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { localeKeys, type Locale } from '~config/locales';

/** The strings `keys` of `locale`, by key; throws when the file lacks one of them. */
export async function localeStrings<K extends string>(
  locale: Locale,
  keys: readonly K[],
  who: string,
): Promise<Record<K, string>> {
  const entry = await getEntry('i18n', locale);
  if (!entry) throw new Error(`${who}: no interface strings for "${locale}" in src/content/i18n/.`);
  const data = entry.data as Record<string, unknown>;
  const missing = keys.filter((key) => typeof data[key] !== 'string' || data[key] === '');
  if (missing.length > 0)
    throw new Error(
      `${who}: src/content/i18n/${locale}.json lacks ${missing.length} string(s): ${missing.join(', ')}.`,
    );
  return Object.fromEntries(keys.map((key) => [key, data[key] as string])) as Record<K, string>;
}

/** Narrows an endpoint's `[locale]` parameter to a site locale, or fails the build. */
export function siteLocale(value: string | undefined, locales: readonly Locale[], who: string) {
  const locale = locales.find((l) => l === value);
  if (!locale) throw new Error(`${who}: unknown locale "${value}".`);
  return locale;
}

/**
 * The two exports of a `src/pages/data/<name>-[locale].json.ts` endpoint: one static JSON file
 * per site language, whose content `build` makes for that language.
 */
export function jsonPerLocale(who: string, build: (locale: Locale) => Promise<unknown>) {
  const getStaticPaths = (() =>
    localeKeys.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;
  const GET: APIRoute = async ({ params }) => {
    const locale = siteLocale(params.locale, localeKeys, who);
    return new Response(JSON.stringify(await build(locale)), {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    });
  };
  return { getStaticPaths, GET };
}
