/**
 * Pagefind, loaded on demand, and one query turned into result views. Loaded only after someone
 * showed intent (the dialog or the search page imports it).
 *
 * Pagefind runs on the main thread (`noWorker`): the index is small, and skipping the worker
 * saves a 12 KB download on the first search. The index language follows `<html lang>`.
 */
import { normalizeQuery, type SearchLang } from '~/lib/search/query';
import { pageData, rankPages, type RankedPage } from '~/lib/search/run';
import { ranking } from '~/lib/search/ranking';
import { toResultView, type PagefindResultData, type ResultView } from '~/lib/search/results';
import type { SearchKind } from '~/lib/search/kinds';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

interface SearchOptions {
  filters?: Record<string, string>;
}

/** The part of Pagefind's browser API we use. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindResponse>;
}

/** What one search produced: the ranked hits, whose data loads page by page. */
export interface SearchOutcome {
  /** The query as typed. */
  query: string;
  /** Every page that matched, best first; nothing of them is downloaded yet. */
  hits: RankedPage<PagefindResult>[];
  /** The words to highlight. */
  terms: string[];
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
 * Runs a search: the ranked hits, without their data (the steps are `rankPages`). An empty or
 * punctuation-only query gives no hits without loading anything.
 */
export async function runSearch(
  query: string,
  kind: SearchKind | undefined,
): Promise<SearchOutcome> {
  const lang = pageLang();
  if (!normalizeQuery(query, lang)) return { query, hits: [], terms: [] };
  const api = await loadPagefind();
  const ranked = await rankPages((term, options) => api.search(term, options), query, lang, kind);
  return { query, ...ranked };
}

/**
 * Loads the data of some hits (one fragment file of 1–7 KB per page, whichever of its results
 * asks) and turns it into views. The interfaces load a few at a time: fragments are most of
 * what a search downloads.
 */
export async function loadViews(
  hits: readonly RankedPage<PagefindResult>[],
  terms: readonly string[],
): Promise<ResultView[]> {
  const data = await Promise.all(hits.map(pageData));
  return data.map((d) => toResultView(d, terms));
}
