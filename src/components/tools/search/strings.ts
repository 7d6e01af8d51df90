/**
 * The interface strings the search code needs in the browser, picked from a locale's strings at
 * build time. The search page carries them in a `data-strings` attribute (it renders results on
 * load); the header's dialog, present on every page, fetches them from
 * `/data/search-<locale>.json` when it is first wanted, so that articles do not carry them.
 */
import { isRecord } from '~/components/shared/load-data';
import { searchKinds, type SearchKind } from '~/lib/search/kinds';

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

/** The keys of `src/content/i18n/<locale>.json` that {@link searchStrings} reads. */
export const searchStringKeys = [
  'searchUi.input',
  'searchUi.placeholder',
  'searchUi.results',
  'searchUi.loading',
  'searchUi.none',
  'searchUi.one',
  'searchUi.many',
  'searchUi.error',
  'searchUi.keys',
  'searchUi.openPage',
  'searchUi.more',
  'search.cancelLabel',
  ...searchKinds.map((kind) => `searchUi.kind.${kind}` as const),
] as const;

/** A key of {@link searchStringKeys}. */
export type SearchStringKey = (typeof searchStringKeys)[number];

/** Collects the search strings with a translation function (`Astro.locals.t` or a lookup). */
export function searchStrings(tr: (key: SearchStringKey) => string): SearchStrings {
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

/** The URL path of the dialog's strings for `locale`. */
export const searchDataPath = (locale: string) => `/data/search-${locale}.json`;

/** Whether `value` has the shape of {@link SearchStrings} (every string present). */
export function isSearchStrings(value: unknown): value is SearchStrings {
  if (!isRecord(value) || !isRecord(value.kinds)) return false;
  const { kinds } = value;
  const keys = Object.keys(searchStrings(() => '')).filter((key) => key !== 'kinds');
  return (
    keys.every((key) => typeof value[key] === 'string') &&
    searchKinds.every((kind) => typeof kinds[kind] === 'string')
  );
}

/** Reads the strings back in the browser; `undefined` when the attribute is missing or broken. */
export function parseStrings(json: string | undefined): SearchStrings | undefined {
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return isSearchStrings(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
