/**
 * Pagefind's ranking parameters for this site, passed with `pagefind.options({ ranking })`.
 * Tuned on the query sets in `tests/search/queries.{it,en}.json` with a grid over these five
 * numbers (`node scripts/bench-search.mjs` prints the hit rate): change one, rerun, keep it if
 * the figure does not drop. From Pagefind's defaults to these: it 89% → 93%, en 89% → 96%
 * before stopwords and the fallback of `merge.ts`.
 */
export const ranking = {
  /**
   * Half of Pagefind's default (1): a long canonical page that mentions a term many times should
   * not lose to a short page that mentions it once just because its frequency is lower.
   */
  termFrequency: 0.3,
  /** Below the default (0.75): short pages (code stubs) are not favoured for being short. */
  pageLength: 0.5,
  /** Default: repeated words count, with diminishing returns. */
  termSaturation: 1.4,
  /**
   * Far above the default (1), as Starlight sets it (9): an exact word beats longer words it
   * merely starts. "53000" must find the page of 53000, not the list that names 530001–530036.
   */
  termSimilarity: 9,
  /**
   * Matches in metadata: the title (Pagefind's default 5x boost: a page whose title matches
   * beats a page that mentions the word), and the page's error codes from frontmatter (no
   * measurable effect on the current query sets, where titles name the codes; it favours the
   * pages that declare a code over those that only mention it).
   */
  metaWeights: { title: 3, codes: 1, vocab: 2 },
} as const;

/** Weights given at index time to the vocabulary (`index-html.ts` `addVocabulary`). */
export const vocabularyWeights = {
  /** `data-pagefind-weight` of a section's vocabulary words (body text is 1, an h2 is 6). */
  sectionWords: 2,
} as const;

/** How the words of a query are put together (`run.ts`, `merge.ts`). */
export const queryRanking = {
  /**
   * How much a page pays for each word of the query it lacks: its score is multiplied by
   * (words it holds / words) to this power.
   */
  missingWordExponent: 3,
  /** The share of a stopword's score that a page holding it gains (`query.ts` `bonusTerms`). */
  bonusWeight: 0.1,
  /**
   * What a page gains for holding a pair of neighbouring words of the query as written
   * (`query.ts` `phraseTerms`), divided by the number of pages that hold it.
   */
  phraseWeight: 1,
} as const;
