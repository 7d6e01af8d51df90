import { existsSync } from 'node:fs';
import { test, expect, locales } from './fixtures';
import {
  FIRST_SEARCH_BUDGET,
  loadQueries,
  measureFirstSearch,
  runQuerySet,
} from '../../scripts/lib/search-eval.mjs';
import { loadPagefind, topResults } from '../../scripts/lib/search-node.mjs';
import { ranking } from '../../src/lib/search/ranking';

/**
 * The top 3 of each query from the built index in Node. Pagefind's bundle reads its files through
 * `fetch` and its language from `document`, which `loadPagefind` sets on the global object for
 * the time of the search; they are put back after.
 */
async function nodeResults(lang: string, queries: string[]) {
  const saved = {
    fetch: globalThis.fetch,
    document: (globalThis as { document?: unknown }).document,
  };
  try {
    const api = await loadPagefind(`${process.cwd()}/dist/`, lang);
    await api.options({ ranking });
    const results = [];
    for (const q of queries) results.push(await topResults(api, q, lang as 'it' | 'en'));
    return results;
  } finally {
    globalThis.fetch = saved.fetch;
    (globalThis as { document?: unknown }).document = saved.document;
  }
}

/**
 * The page shows what the Node search finds. The hit rates of the query sets are measured in Node
 * (`tests/build/search-quality.test.ts`, `npm run bench:search`), through the same steps as the
 * interface on the same built index; here a sample of the held-back queries (every ninth) is typed
 * into the search page as a person does, and each must show the same pages and sections, in the
 * same order, as the Node search gives.
 */
for (const lang of locales) {
  test(`the search page shows what the Node search finds (${lang})`, async ({ page, baseURL }) => {
    test.setTimeout(90_000);
    const set = `tests/search/queries.${lang}.json`;
    test.skip(!existsSync(set), `no query set for ${lang} yet (${set})`);
    const sample = loadQueries(lang)
      .filter((q) => q.set === 'held-back')
      .filter((_, i) => i % 9 === 0);
    const inNode = await nodeResults(
      lang,
      sample.map((q) => q.q),
    );
    const inPage = await runQuerySet(page, baseURL, lang, sample);
    expect(inPage.map((o) => [o.q, o.got.slice(0, 3)])).toEqual(
      sample.map((q, i) => [q.q, inNode[i]]),
    );
  });
}

test(`a first search from an article page stays within ${FIRST_SEARCH_BUDGET / 1024} KB`, async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const first = await measureFirstSearch(page, baseURL, '/it/causes/location/', 'vpn');
  await context.close();
  const lines = first.files.map((f) => `${(f.bytes / 1024).toFixed(1)} KB ${f.url}`);
  console.log(`first search "vpn": ${(first.total / 1024).toFixed(1)} KB\n  ${lines.join('\n  ')}`);
  expect(first.requestsBeforeIntent).toEqual([]);
  expect(first.files.some((f) => f.url === '/pagefind/pagefind.js')).toBe(true);
  expect(first.total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
});
