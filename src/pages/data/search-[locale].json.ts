/**
 * `/data/search-<locale>.json`: the strings of the header's search dialog, one static file per
 * language. `kb-search` fetches it when someone is about to search, with the dialog's code.
 */
import { jsonPerLocale, localeStrings } from '~/server/strings';
import { searchStringKeys, searchStrings } from '~/components/tools/search/strings';

export const { getStaticPaths, GET } = jsonPerLocale('Search data', async (locale) => {
  const strings = await localeStrings(locale, searchStringKeys, 'Search data');
  return searchStrings((key) => strings[key]);
});
