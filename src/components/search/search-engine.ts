/**
 * Pagefind, loaded on demand, and one query turned into result views. Loaded only after someone
 * showed intent (the dialog or the search page imports it).
 *
 * Pagefind runs on the main thread (`noWorker`): the index is small, and skipping the worker
 * saves a 12 KB download on the first search. The index language follows `<html lang>`.
 */
import { normalizeQuery, queryTerms, type SearchLang } from '../../lib/search/query';
import { ranking, RESULT_LIMIT } from '../../lib/search/ranking';
import { toResultView, type PagefindResultData, type ResultView } from '../../lib/search/results';
import type { SearchKind } from '../../lib/search/kinds';

interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
}

interface SearchOptions {
  filters?: Record<string, string>;
}

/** The part of Pagefind's browser API we use. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindResponse>;
  debouncedSearch(
    term: string,
    options?: SearchOptions,
    timeout?: number,
  ): Promise<PagefindResponse | null>;
}

/** What one search produced. */
export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** How many pages matched, beyond those shown. */
  total: number;
  results: ResultView[];
}

let pagefind: Promise<PagefindApi> | undefined;

/** Imports and configures Pagefind once; later calls share the same promise. */
export function loadPagefind(): Promise<PagefindApi> {
  const url = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ noWorker: true, excerptLength: 22, ranking });
    await api.init();
    return api;
  });
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** The language of the page, which is also the language of the index Pagefind loads. */
export function pageLang(): SearchLang {
  return document.documentElement.lang.startsWith('it') ? 'it' : 'en';
}

/**
 * Runs a search. With `debounceMs`, a newer call made within that time wins and this one
 * resolves to `null`. An empty or punctuation-only query gives no results without loading
 * anything.
 */
export async function runSearch(
  query: string,
  kind: SearchKind | undefined,
  debounceMs = 0,
): Promise<SearchOutcome | null> {
  const normalized = normalizeQuery(query, pageLang());
  if (!normalized) return { query, total: 0, results: [] };
  const api = await loadPagefind();
  const options: SearchOptions = kind ? { filters: { kind } } : {};
  const response = debounceMs
    ? await api.debouncedSearch(normalized, options, debounceMs)
    : await api.search(normalized, options);
  if (!response) return null;
  const terms = queryTerms(normalized);
  const data = await Promise.all(response.results.slice(0, RESULT_LIMIT).map((r) => r.data()));
  return {
    query,
    total: response.results.length,
    results: data.map((d) => toResultView(d, terms)),
  };
}
