/**
 * `/data/sign-in-logs-<locale>.json`: the sign-in log tool's strings and data, one static file
 * per language (`src/components/sign-in-logs-payload.ts` builds it). `kb-sign-in-logs` fetches it
 * on connection.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys } from '../../../config/locales';
import { signInLogsPayload } from '../../components/sign-in-logs-payload';
import { siteLocale } from '../../components/locale-strings';

export const getStaticPaths = (() =>
  localeKeys.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = siteLocale(params.locale, localeKeys, 'Sign-in log tool data');
  return new Response(JSON.stringify(await signInLogsPayload(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
