/**
 * The interface strings the search code needs in the browser, picked from the current locale's
 * strings (`Astro.locals.t`) at build time and handed over in a `data-strings` attribute.
 */
import { searchKinds, type SearchKind } from '../../lib/search/kinds';

/** Every string the dialog and the search page use, already in the page's language. */
export interface SearchStrings {
  input: string;
  placeholder: string;
  results: string;
  loading: string;
  none: string;
  one: string;
  many: string;
  error: string;
  keys: string;
  openPage: string;
  more: string;
  cancel: string;
  kinds: Record<SearchKind, string>;
}

/** Collects the search strings with the page's `Astro.locals.t`. */
export function searchStrings(tr: App.Locals['t']): SearchStrings {
  return {
    input: tr('searchUi.input'),
    placeholder: tr('searchUi.placeholder'),
    results: tr('searchUi.results'),
    loading: tr('searchUi.loading'),
    none: tr('searchUi.none'),
    one: tr('searchUi.one'),
    many: tr('searchUi.many'),
    error: tr('searchUi.error'),
    keys: tr('searchUi.keys'),
    openPage: tr('searchUi.openPage'),
    more: tr('searchUi.more'),
    cancel: tr('search.cancelLabel'),
    kinds: Object.fromEntries(searchKinds.map((k) => [k, tr(`searchUi.kind.${k}`)])) as Record<
      SearchKind,
      string
    >,
  };
}

/** Reads the strings back in the browser; `undefined` when the attribute is missing or broken. */
export function parseStrings(json: string | undefined): SearchStrings | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as SearchStrings;
  } catch {
    return undefined;
  }
}
