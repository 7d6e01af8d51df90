/**
 * `/data/what-if-<locale>.json`: the What If tool's strings, one static file per language
 * (`src/components/what-if-payload.ts` builds it). `kb-what-if` fetches it on connection.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys } from '../../../config/locales';
import { whatIfPayload } from '../../components/what-if-payload';
import { siteLocale } from '../../components/locale-strings';

export const getStaticPaths = (() =>
  localeKeys.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = siteLocale(params.locale, localeKeys, 'What If tool data');
  return new Response(JSON.stringify(await whatIfPayload(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
