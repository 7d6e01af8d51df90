/**
 * `/data/search-<locale>.json`: the strings of the header's search dialog, one static file per
 * language. `kb-search` fetches it when someone is about to search, with the dialog's code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeKeys } from '../../../config/locales';
import { localeStrings, siteLocale } from '../../components/locale-strings';
import { searchStringKeys, searchStrings } from '../../components/search/strings';

export const getStaticPaths = (() =>
  localeKeys.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = siteLocale(params.locale, localeKeys, 'Search data');
  const strings = await localeStrings(locale, searchStringKeys, 'Search data');
  return new Response(JSON.stringify(searchStrings((key) => strings[key])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
