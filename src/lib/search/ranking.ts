/**
 * Pagefind's ranking parameters for this site, passed with `pagefind.options({ ranking })`.
 * Tuned against the query sets in `tests/search/queries.{it,en}.json` (`npm run bench:search`
 * prints the hit rate): change a number, rerun, keep it if the figure does not drop.
 */
export const ranking = {
  /**
   * Below Pagefind's default (1): a long canonical page that mentions a term many times should
   * not lose to a short page that mentions it once, just because its frequency is lower.
   */
  termFrequency: 0.6,
  /** Below the default (0.75): short pages (code stubs) are not favoured for being short. */
  pageLength: 0.4,
  /** Default: repeated words count, with diminishing returns. */
  termSaturation: 1.4,
  /** Above the default (1): "vpn" prefers "VPN" to longer words that merely start the same. */
  termSimilarity: 2,
  /** Metadata matches: a title match beats body mentions; a page's own error codes count too. */
  metaWeights: { title: 6, codes: 4 },
} as const;

/** How many results the interfaces show; enough for a help desk, few enough to scan. */
export const RESULT_LIMIT = 8;
