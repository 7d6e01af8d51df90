/**
 * Byte budgets of the built site. Bytes are deterministic, so tests/e2e/budgets.spec.ts enforces
 * them on dist/ and `npm run bench` reports them beside the timings. Sizes are gzip at level 6,
 * what most servers and CDNs send (Brotli, where used, is smaller still).
 */
export const budgets = {
  /**
   * HTML plus render-blocking CSS of every page. A first visit paints after one round trip when
   * both fit in TCP's initial window: 10 packets, about 14,600 bytes, of which HTTP and TLS take a
   * few hundred; hence 14,000.
   */
  firstPaint: 14_000,
  /** JavaScript an article page loads before anyone interacts (inline scripts included). */
  articleJs: 4_000,
  /** JavaScript the checker adds to its page, loaded at once or on use. */
  checkerJs: 10_000,
} as const;

/** The gzip level the budgets and the benchmark measure with. */
export const gzipLevel = 6;
