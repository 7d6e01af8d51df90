/**
 * One query, from what a person typed to Pagefind's ranked pages. Pure: Pagefind's `search`
 * comes in as a function, so the browser (`components/search/search-engine.ts`) and the tuning
 * script (`scripts/tune-search.mjs`, in Node on the built index) run exactly the same steps.
 *
 * Steps: normalise the query (`query.ts`) and set its stopwords apart; one word goes to Pagefind
 * as it is; several words, or words and stopwords, are searched one by one and merged
 * (`merge.ts`), so a page missing one of them is ranked lower, not dropped; the stopwords add
 * a little, and so does each pair of neighbouring words that a page holds as written (the rarer
 * the pair, the more). A page that holds every word keeps the result of the search for all of
 * them, whose data marks every word (its excerpt and sections).
 */
import { mergeByWords } from './merge.ts';
import {
  bonusTerms,
  normalizeQuery,
  phraseTerms,
  queryTerms,
  searchTerms,
  type SearchLang,
} from './query.ts';
import { queryRanking } from './ranking.ts';
import type { SearchKind } from './kinds.ts';

/** What the pipeline needs of a Pagefind result: its id and score (the rest passes through). */
export interface RankedHit {
  id: string;
  score: number;
}

/** Pagefind's `search(term, options)`, narrowed to what the pipeline uses. */
export type SearchFn<T extends RankedHit> = (
  term: string,
  options: { filters?: Record<string, string> },
) => Promise<{ results: T[] }>;

/** One page of the ranking. */
export interface RankedPage<T> {
  /** Pagefind's result for the page: of the search for all the words if it holds them all. */
  item: T;
  /**
   * Every result of the page, one per search that found it: their matches together tell which
   * sections answer (`results.ts` `combineData`).
   */
  items: T[];
}

/** The ranked pages of one query and the words to highlight on them. */
export interface RankedPages<T> {
  /** Every page that matched, best first. */
  hits: RankedPage<T>[];
  /** The words of the query worth highlighting (lower case, no duplicates). */
  terms: string[];
}

/**
 * Runs a query through `search` in language `lang`, optionally narrowed to one kind of page.
 * An empty or punctuation-only query gives no hits without calling `search`. `tuning` overrides
 * the parameters of `queryRanking` (the tuning script tries other values).
 */
export async function rankPages<T extends RankedHit>(
  search: SearchFn<T>,
  query: string,
  lang: SearchLang,
  kind?: SearchKind,
  tuning: Partial<Record<keyof typeof queryRanking, number>> = {},
): Promise<RankedPages<T>> {
  const normalized = normalizeQuery(query, lang);
  if (!normalized) return { hits: [], terms: [] };
  const weights = { ...queryRanking, ...tuning };
  const options = kind ? { filters: { kind } } : {};
  const words = searchTerms(normalized, lang);
  const bonus = weights.bonusWeight > 0 ? bonusTerms(normalized, lang) : [];
  const phrases = weights.phraseWeight > 0 ? phraseTerms(normalized, lang) : [];
  const terms = queryTerms(words.join(' '));
  if (words.length < 2 && !bonus.length) {
    const { results } = await search(words.join(' '), options);
    return { hits: results.map((item) => ({ item, items: [item] })), terms };
  }
  const [all, ...rest] = await Promise.all(
    [words.join(' '), ...words, ...bonus, ...phrases].map((term) => search(term, options)),
  );
  const scored = (lists: typeof rest) =>
    lists.map((r) => r.results.map((item) => ({ id: item.id, score: item.score, item })));
  const perWord = rest.slice(0, words.length);
  const perBonus = rest.slice(words.length, words.length + bonus.length);
  const perPhrase = rest.slice(words.length + bonus.length);
  const holdingAll = new Map(all?.results.map((item) => [item.id, item]));
  const merged = mergeByWords(scored(perWord), weights.missingWordExponent, [
    ...scored(perBonus).map((hits) => ({ weight: weights.bonusWeight, hits })),
    // Pagefind scores every page holding a phrase 1: the fewer pages, the more it tells.
    ...scored(perPhrase).map((hits) => ({ weight: weights.phraseWeight / hits.length, hits })),
  ]);
  const hits = merged.map((hit) => {
    const whole = holdingAll.get(hit.id);
    const parts = perWord.flatMap((r) => r.results.filter((item) => item.id === hit.id));
    return { item: whole ?? hit.item, items: whole ? [whole] : parts };
  });
  return { hits, terms };
}
