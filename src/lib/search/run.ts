/**
 * One query, from what a person typed to Pagefind's ranked pages. Pure: Pagefind's `search`
 * comes in as a function, so the browser (`components/search/search-engine.ts`) and the tuning
 * script (`scripts/tune-search.mjs`, in Node on the built index) run exactly the same steps.
 *
 * Steps: normalise the query (`query.ts`) and set its stopwords apart; one word goes to Pagefind
 * as it is; several words, or words and stopwords, are searched one by one and merged
 * (`merge.ts`), so a page missing one of them is ranked lower, not dropped; the stopwords add
 * a little, and so does each phrase of the query (two neighbouring words, or three with a
 * stopword among them) that a page holds as written (the rarer the phrase, the more). A page that
 * holds every word keeps the result of the search for all of them, whose data marks every word
 * (its excerpt and sections).
 */
import { mergeByWords, proximityScores, type PlacedHit } from './merge.ts';
import {
  bonusTerms,
  hasStopword,
  normalizeQuery,
  phraseTerms,
  queryTerms,
  searchTerms,
  type SearchLang,
} from './query.ts';
import { queryRanking } from './ranking.ts';
import { combineData, type PagefindResultData } from './results.ts';
import { DEPARTMENT_WORD } from './vocabulary.ts';
import type { SearchKind } from './kinds.ts';

/**
 * What the pipeline needs of a Pagefind result: its id, score and the word's positions on the
 * page (the rest passes through).
 */
export type RankedHit = PlacedHit;

/** Pagefind's `search(term, options)`, narrowed to what the pipeline uses. */
export type SearchFn<T extends RankedHit> = (
  /** `null`: every page that passes the filters. */
  term: string | null,
  options: { filters?: Record<string, string> },
) => Promise<{ results: T[] }>;

/** One of the page's results that tells which sections answer, and how much it counts. */
export interface SectionEvidence<T> {
  result: T;
  /** The word's score for the page, or a phrase's bonus (`queryRanking.phraseWeight`). */
  weight: number;
}

/** One page of the ranking. */
export interface RankedPage<T> {
  /** Pagefind's result for the page: of the search for all the words if it holds them all. */
  item: T;
  /**
   * When the query has several words: the page's result for each word and each phrase it
   * holds, whose matches together tell which sections answer (`pageData`).
   */
  items: SectionEvidence<T>[];
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
  // The department's index word is no word of the page to highlight.
  const terms = queryTerms(words.join(' ')).filter((t) => t !== DEPARTMENT_WORD);
  // The pages of the codes typed (`code` filter: exact, so "53003" is not 530036's).
  const codePages = Promise.all(
    words
      .filter((w) => CODE.test(w))
      .map((code) => search(null, { filters: { ...options.filters, code } })),
  ).then((lists) => lists.flatMap((l) => l.results));
  if (words.length < 2 && !bonus.length) {
    const { results } = await search(words.join(' '), options);
    const ranked = codeFirst(
      results.map((item) => ({ id: item.id, item })),
      await codePages,
    );
    return { hits: ranked.map(({ item }) => ({ item, items: [] })), terms };
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
  // A phrase's bonus: the rarer it is among the pages, the more it tells; less with a stopword.
  const phraseBonus = (i: number, count: number) =>
    (weights.phraseWeight / Math.max(1, count) ** weights.phraseRarity) *
    (hasStopword(phrases[i] ?? '', lang) ? weights.stopPhraseShare : 1);
  const merged = mergeByWords(scored(perWord), weights.missingWordExponent, [
    ...scored(perBonus).map((hits) => ({ weight: weights.bonusWeight, hits })),
    // Pagefind scores every page holding a phrase 1: the fewer pages, the more it tells.
    ...scored(perPhrase).map((hits, i) => ({ weight: phraseBonus(i, hits.length), hits })),
  ]);
  // Words standing close together on a page: the page's closest words add again.
  if (weights.proximityWeight > 0) {
    const near = proximityScores(
      perWord.map((r) => r.results),
      weights.proximityWindow,
    );
    for (const hit of merged) hit.score += weights.proximityWeight * (near.get(hit.id) ?? 0);
    merged.sort((a, b) => b.score - a.score);
  }
  // Which of the page's results tell which sections answer: each word's, weighted by its
  // score, and each phrase's, weighted like its bonus.
  const byPage = new Map<string, SectionEvidence<T>[]>();
  const collect = (lists: typeof rest, weight: (r: T, count: number) => number) => {
    for (const { results } of lists)
      for (const r of results)
        byPage.set(r.id, [
          ...(byPage.get(r.id) ?? []),
          { result: r, weight: weight(r, results.length) },
        ]);
  };
  collect(perWord, (r) => r.score);
  perPhrase.forEach((list, i) => collect([list], (_, count) => phraseBonus(i, count)));
  const hits = codeFirst(merged, await codePages).map((hit) => ({
    item: holdingAll.get(hit.id) ?? hit.item,
    items: byPage.get(hit.id) ?? [],
  }));
  return { hits, terms };
}

/**
 * Loads what the interface shows of one ranked page (one fragment file, fetched once): the
 * page's data with its sections ranked on every word (`combineData`). One result at a time, each
 * copied: Pagefind keeps one data object per page and rewrites it on each `data()` call.
 */
export async function pageData(
  page: RankedPage<RankedHit & { data: () => Promise<PagefindResultData> }>,
): Promise<PagefindResultData> {
  const base = structuredClone(await page.item.data());
  const words: { data: PagefindResultData; weight: number }[] = [];
  for (const { result, weight } of page.items)
    words.push({ data: structuredClone(await result.data()), weight });
  return combineData(base, words);
}

/** A neighbouring error code as a query word (the AADSTS prefix is already gone). */
const CODE = /^\d{5,7}$/;

/**
 * Puts the own page of each code typed before everything else, in the order Pagefind ranked
 * them (an own page not found by the words comes last among them): whoever types "53000" wants
 * the page about 53000, not the pages that list it.
 */
function codeFirst<T extends RankedHit, H extends { id: string; item: T }>(
  hits: H[],
  codePages: T[],
): (H | { id: string; item: T })[] {
  if (!codePages.length) return hits;
  const own = new Set(codePages.map((p) => p.id));
  const found = hits.filter((h) => own.has(h.id));
  const missing = codePages
    .filter((p) => !found.some((h) => h.id === p.id))
    .map((item) => ({ id: item.id, item }));
  return [...found, ...missing, ...hits.filter((h) => !own.has(h.id))];
}
