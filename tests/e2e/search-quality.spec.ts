import { existsSync } from 'node:fs';
import { test, expect, locales } from './fixtures';
import {
  FIRST_SEARCH_BUDGET,
  HIT_RATE_THRESHOLD,
  formatOutcomes,
  hitRate,
  loadQueries,
  measureFirstSearch,
  runQuerySet,
} from '../../scripts/lib/search-eval.mjs';

for (const lang of locales) {
  test(`query set (${lang}): the expected page in the top 3 for at least ${HIT_RATE_THRESHOLD * 100}% of queries`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const set = `tests/search/queries.${lang}.json`;
    test.skip(!existsSync(set), `no query set for ${lang} yet (${set})`);
    const queries = loadQueries(lang);
    expect(queries.length).toBeGreaterThanOrEqual(40);
    const outcomes = await runQuerySet(page, baseURL, lang, queries);
    const report = formatOutcomes(lang, outcomes);
    console.log(report);
    test.info().annotations.push({ type: 'hit rate', description: report.split('\n')[0] ?? '' });
    expect(hitRate(outcomes), report).toBeGreaterThanOrEqual(HIT_RATE_THRESHOLD);
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
