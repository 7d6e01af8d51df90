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
  /**
   * Pages that do not fit yet, each with the ceiling it must not grow past (bytes, as above):
   * `{ pages: /regex of URL paths/, bytes }`. None today: every page fits. The budget test fails
   * if a listed page grows past its ceiling, and also if a whole group comes under the target,
   * so that an entry leaves this list the day it fits.
   */
  firstPaintCeilings: [] as { pages: RegExp; bytes: number }[],
  /** JavaScript an article page loads before anyone interacts (inline scripts included). */
  articleJs: 4_000,
  /**
   * JavaScript the checker adds to its page, loaded at once or on use: 12 KB (12,288 bytes), what
   * reading every paste shape, ranking on evidence and the short result for phones were given.
   */
  checkerJs: 12 * 1024,
} as const;

/** The gzip level the budgets and the benchmark measure with. */
export const gzipLevel = 6;
