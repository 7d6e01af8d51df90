/**
 * `/data/checker-<locale>.json`: the checker's strings and data, one static file per language
 * (`src/components/checker-payload.ts` builds it). `kb-checker` fetches it on connection.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys } from '../../../config/locales';
import { checkerPayload } from '../../components/checker-payload';
import { siteLocale } from '../../components/locale-strings';

export const getStaticPaths = (() =>
  localeKeys.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = siteLocale(params.locale, localeKeys, 'Checker data');
  return new Response(JSON.stringify(await checkerPayload(locale)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
