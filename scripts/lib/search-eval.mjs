/**
 * Measures search on a running build, in a real browser: the query-set hit rate (through the
 * search page, as people use it) and the bytes of a first search (through the dialog on an
 * article page). Shared by the Playwright test (`tests/e2e/search-quality.spec.ts`) and the
 * benchmark (`scripts/bench-search.mjs`), so both print the same figures.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgets } from '../../config/budgets.ts';

/** @typedef {{ q: string, expect: string | string[], note?: string }} Query */
/** @typedef {{ q: string, expected: string[], rank: number, got: string[] }} Outcome */

/** The hit rate the query set must reach and the most a first search may transfer (config/budgets.ts). */
export const HIT_RATE_THRESHOLD = budgets.hitRate;
export const FIRST_SEARCH_BUDGET = budgets.firstSearch;

/** Reads the query set of a language: `tests/search/queries.<lang>.json`. */
export function loadQueries(lang) {
  const url = new URL(`../../tests/search/queries.${lang}.json`, import.meta.url);
  return /** @type {Query[]} */ (JSON.parse(readFileSync(url, 'utf8')));
}

/**
 * Runs every query of `queries` on `/<lang>/search/` and returns, per query, the rank (1-based,
 * 0 when absent) of the first expected page among the results' first links.
 * @param {import('@playwright/test').Page} page
 */
export async function runQuerySet(page, baseURL, lang, queries) {
  await page.goto(new URL(`/${lang}/search/`, baseURL).href);
  const input = page.locator('[data-search-input]');
  const list = page.locator('[data-search-results]');
  /** @type {Outcome[]} */
  const outcomes = [];
  for (const { q, expect } of queries) {
    await input.fill(q);
    await page.waitForFunction(
      (query) => {
        const el = document.querySelector('[data-search-results]');
        return el?.getAttribute('data-query') === query && !el.hasAttribute('aria-busy');
      },
      q,
      { timeout: 15_000 },
    );
    const got = await list.evaluate((el) =>
      [...el.children].map((li) => {
        const href = li.querySelector('a')?.getAttribute('href') ?? '';
        return new URL(href, location.href).pathname;
      }),
    );
    const expected = Array.isArray(expect) ? expect : [expect];
    const rank = got.findIndex((path) => expected.includes(path)) + 1;
    outcomes.push({ q, expected, rank, got });
  }
  return outcomes;
}

/** The share of outcomes with an expected page in the top `k`. */
export function hitRate(outcomes, k = 3) {
  if (!outcomes.length) return 0;
  return outcomes.filter((o) => o.rank > 0 && o.rank <= k).length / outcomes.length;
}

/** A readable report of a query-set run: the figure, then each miss. */
export function formatOutcomes(lang, outcomes) {
  const lines = [
    `search ${lang}: ${(hitRate(outcomes) * 100).toFixed(1)}% of ${outcomes.length} queries in the top 3 (top 1: ${(hitRate(outcomes, 1) * 100).toFixed(1)}%)`,
  ];
  for (const o of outcomes.filter((x) => x.rank === 0 || x.rank > 3))
    lines.push(
      `  miss: "${o.q}" wants ${o.expected.join(' or ')}, got ${o.got.slice(0, 3).join(', ') || 'nothing'}`,
    );
  return lines.join('\n');
}

const COMPRESSIBLE = /javascript|css|json|html|svg|text\//;

/**
 * The bytes a response costs over a compressing host: what went over the wire when the server
 * compressed it; otherwise gzip of the body for text types (what static hosts send) and the body
 * as is for Pagefind's index files (gzip already) and its wasm.
 * @param {import('@playwright/test').Response} response
 */
export async function transferredBytes(response) {
  if (response.headers()['content-encoding'])
    return (await response.request().sizes()).responseBodySize;
  const body = await response.body().catch(() => Buffer.alloc(0));
  const type = response.headers()['content-type'] ?? '';
  return COMPRESSIBLE.test(type) ? gzipSync(body, { level: 6 }).length : body.length;
}

/**
 * Opens an article page, then records everything fetched from the moment of intent (Ctrl+K) to
 * the rendered results of `query`: the search UI, Pagefind, its wasm, index chunks and the
 * fragments of the results shown. The page must be opened in a fresh context (empty cache).
 * @param {import('@playwright/test').Page} page
 */
export async function measureFirstSearch(page, baseURL, path, query) {
  /** @type {import('@playwright/test').Response[]} */
  const before = [];
  /** @type {import('@playwright/test').Response[]} */
  const after = [];
  let recording = false;
  page.on('response', (r) => (recording ? after : before).push(r));
  await page.goto(new URL(path, baseURL).href);
  await page.waitForLoadState('networkidle');
  recording = true;
  await page.keyboard.press('Control+k');
  const input = page.getByRole('dialog').getByRole('searchbox');
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const el = document.querySelector('dialog [data-search-results]');
      return el?.getAttribute('data-query') === q && !el.hasAttribute('aria-busy');
    },
    query,
    { timeout: 15_000 },
  );
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(
    after.map(async (r) => ({ url: new URL(r.url()).pathname, bytes: await transferredBytes(r) })),
  );
  const pagefindBefore = before.filter((r) =>
    /\/pagefind\/|search-dialog|search-view/.test(r.url()),
  );
  return {
    total: files.reduce((sum, f) => sum + f.bytes, 0),
    files,
    requestsBeforeIntent: pagefindBefore.map((r) => new URL(r.url()).pathname),
  };
}

/**
 * The JavaScript a page loads before anyone touches it, in bytes over a compressing host.
 * @param {import('@playwright/test').Page} page
 */
export async function measureIdleJs(page, baseURL, path) {
  /** @type {import('@playwright/test').Response[]} */
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r);
  });
  await page.goto(new URL(path, baseURL).href);
  await page.waitForLoadState('networkidle');
  const files = await Promise.all(
    scripts.map(async (r) => ({
      url: new URL(r.url()).pathname,
      bytes: await transferredBytes(r),
    })),
  );
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? ''),
  );
  const inlineBytes = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  return { total: files.reduce((s, f) => s + f.bytes, 0), files, inlineBytes };
}
