/**
 * Measures search on a running build, in a real browser: the query-set hit rates (through the
 * search page, as people use it) and the bytes of a first search (through the dialog on an
 * article page). Shared by the Playwright test (`tests/e2e/search-quality.spec.ts`) and the
 * benchmark (`scripts/bench-search.mjs`), so both print the same figures; the split and the
 * scoring are shared with the tuning script (`scripts/tune-search.mjs`) too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { budgets } from '../../config/budgets.ts';

/**
 * One query of a set (`tests/search/queries.<lang>.json`): the words, the pages that answer it
 * (any of them counts; `/it/fix/admin/changes/#break-glass` also wants that section among the
 * result's section links), and where the words come from (`thread`, `faq`, `helpdesk`, `admin`,
 * `user`, `issue`).
 * @typedef {{ q: string, expect: string | string[], from?: string }} Query
 */
/** @typedef {Query & { set: 'tuning' | 'held-back' }} SplitQuery */
/** @typedef {{ path: string, sections: string[] }} ShownResult */
/** @typedef {{ q: string, set: string, expected: string[], rank: number, got: ShownResult[] }} Outcome */

/**
 * The share of the held-back queries whose answer must be in the top 3 (the e2e test asserts it
 * per language on the built site), and the most a first search may transfer (config/budgets.ts).
 */
export const HIT_RATE_THRESHOLD = budgets.hitRate;
export const FIRST_SEARCH_BUDGET = budgets.firstSearch;

/** FNV-1a, 32 bits: a stable hash of a query's text. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193);
  return hash >>> 0;
}

/**
 * Which set a query belongs to, from its text alone (lower case, spaces collapsed): a third of
 * the queries, by hash, are held back. The split does not depend on the order of the file, so
 * adding queries never moves an old one from one set to the other. The held-back set checks the
 * tuning and is never used to make it: `scripts/tune-search.mjs` reads the tuning set only, and
 * the reports list the misses of the tuning set only.
 * @param {string} q
 * @returns {'tuning' | 'held-back'}
 */
export function splitOf(q) {
  return fnv1a(q.toLowerCase().replace(/\s+/g, ' ').trim()) % 3 === 0 ? 'held-back' : 'tuning';
}

/**
 * The queries of one file of `tests/search/` (`queries.it.json`), or none when the file does not
 * exist.
 * @param {string} name
 * @returns {Query[]}
 */
export function readQueries(name) {
  const url = new URL(`../../tests/search/${name}`, import.meta.url);
  return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : [];
}

/**
 * Reads the query set of a language, each query with its set: `queries.<lang>.json`, split by
 * {@link splitOf}, then `tuning-only.<lang>.json`, all of it tuning. The second file holds a batch
 * written later to find where search still fails; kept out of the split, it leaves the held-back
 * set as it was, so the held-back figures of every round measure the same queries.
 * @param {string} lang
 * @returns {SplitQuery[]}
 */
export function loadQueries(lang) {
  return [
    ...readQueries(`queries.${lang}.json`).map((query) => ({ ...query, set: splitOf(query.q) })),
    ...readQueries(`tuning-only.${lang}.json`).map((query) => ({
      ...query,
      set: /** @type {const} */ ('tuning'),
    })),
  ];
}

/** @param {string | string[]} expect */
function expectedOf(expect) {
  return Array.isArray(expect) ? expect : [expect];
}

/**
 * The rank (1-based, 0 when absent) of the first shown result that answers: its page is an
 * expected page and, when the expected address has a `#section`, that section is among the
 * result's section links.
 * @param {ShownResult[]} shown
 * @param {string[]} expected
 */
export function rankOf(shown, expected) {
  const index = shown.findIndex((result) =>
    expected.some((want) => {
      const [path, section] = want.split('#');
      return result.path === path && (!section || result.sections.includes(section));
    }),
  );
  return index + 1;
}

/**
 * Runs every query on `/<lang>/search/` as a person does (typing, then Enter) and records, per
 * query, the pages shown (first link of each result) with their section links, in rank order,
 * and the rank of the first one that answers.
 * @param {import('@playwright/test').Page} page
 * @param {string | undefined} baseURL
 * @param {string} lang
 * @param {SplitQuery[]} queries
 * @returns {Promise<Outcome[]>}
 */
export async function runQuerySet(page, baseURL, lang, queries) {
  await page.goto(new URL(`/${lang}/search/`, baseURL).href);
  const input = page.locator('[data-search-input]');
  const list = page.locator('[data-search-results]');
  /** @type {Outcome[]} */
  const outcomes = [];
  for (const { q, expect, set } of queries) {
    await input.fill(q);
    // Enter searches at once; typing alone waits for the person to pause.
    await input.press('Enter');
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
        const [first, ...rest] = li.querySelectorAll('a');
        const url = (a) => new URL(a?.getAttribute('href') ?? '', location.href);
        return {
          path: url(first).pathname,
          sections: rest.map((a) => url(a).hash.slice(1)).filter(Boolean),
        };
      }),
    );
    const expected = expectedOf(expect);
    outcomes.push({ q, set, expected, rank: rankOf(got, expected), got });
  }
  return outcomes;
}

/** The share of outcomes with an answer in the top `k`. */
export function hitRate(outcomes, k = 3) {
  if (!outcomes.length) return 0;
  return outcomes.filter((o) => o.rank > 0 && o.rank <= k).length / outcomes.length;
}

/** `93.3% (56/60)`, or `n/a` for no outcomes. */
function figure(outcomes, k = 3) {
  if (!outcomes.length) return 'n/a';
  const hits = outcomes.filter((o) => o.rank > 0 && o.rank <= k).length;
  return `${(hitRate(outcomes, k) * 100).toFixed(1)}% (${hits}/${outcomes.length})`;
}

/**
 * A readable report of a query-set run: the top-3 figures of the tuning and held-back sets, then
 * the misses of the tuning set. The held-back misses are not listed: reading them would make
 * them tuning queries.
 */
export function formatOutcomes(lang, outcomes) {
  const tuning = outcomes.filter((o) => o.set === 'tuning');
  const held = outcomes.filter((o) => o.set === 'held-back');
  const lines = [
    `search ${lang}: top 3, tuning ${figure(tuning)}, held-back ${figure(held)} (top 1: ${figure(tuning, 1)} and ${figure(held, 1)})`,
  ];
  for (const o of tuning.filter((x) => x.rank === 0 || x.rank > 3))
    lines.push(
      `  miss: "${o.q}" wants ${o.expected.join(' or ')}, got ${
        o.got
          .slice(0, 3)
          .map((r) => `${r.path}${r.sections.length ? ` [#${r.sections.join(' #')}]` : ''}`)
          .join(', ') || 'nothing'
      }`,
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
