/**
 * What the sign-in log tool's script needs, per language: the site's address, the interface
 * strings, the error codes, the app names and the words for Graph beta's conditions and rules. Built at build time
 * by `src/pages/data/sign-in-logs-[locale].json.ts` into a static file that `kb-sign-in-logs`
 * fetches, so the page's HTML does not carry it; `SignInLogs.astro` only points to it
 * ({@link signInLogsDataPath}).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '~config/locales';
import { siteUrl } from '~config/site';
import { absoluteUrl } from '~/lib/site/absolute-url';
import { codeHref } from '~/lib/checker/links';
import type { ClientConfig } from '~/lib/sign-in-logs/labels';
import { localizedText } from '~/lib/site/localized';
import { localeStrings } from '~/server/strings';
import { signInLogsStringKeys, signInLogsStrings } from './strings';

/** The URL path of the tool's data for `locale` (stable: the element reads it from the page). */
export const signInLogsDataPath = (locale: Locale) => `/data/sign-in-logs-${locale}.json`;

/** Builds the config of `locale`; throws when a string is missing. */
export async function signInLogsPayload(locale: Locale): Promise<ClientConfig> {
  const all = await localeStrings(locale, signInLogsStringKeys, 'Sign-in log tool data');
  const strings = signInLogsStrings((key) => all[key]);
  const codes = await getCollection('codes');
  const apps = await getCollection('apps');
  const caRules = await getCollection('caRules');
  return {
    locale,
    // Links the tool hands out (the checker's) are absolute: they end up in tickets and e-mails.
    // Built here, so the page's script does not carry the helper.
    checkerUrl: absoluteUrl(`/${locale}/checker/`, siteUrl),
    strings,
    codes: codes.map(({ data }) => ({
      code: data.code,
      conditionalAccess: data.conditionalAccess,
      summary: localizedText(data.summary, locale),
      href: codeHref(locale, data) ?? null,
    })),
    apps: Object.fromEntries(apps.map(({ data }) => [data.id, data.name])),
    conditions: Object.fromEntries(
      caRules
        .filter((r) => r.data.kind === 'condition')
        .map((r) => [r.data.value, localizedText(r.data.label, locale)]),
    ),
    rules: Object.fromEntries(
      caRules
        .filter((r) => r.data.kind === 'rule')
        .map((r) => [r.data.value, localizedText(r.data.label, locale)]),
    ),
  };
}
