import { existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { localeKeys } from '../../config/locales';
import { ranking } from '../../src/lib/search/ranking';
import { loadPagefind, topResults } from '../../scripts/lib/search-node.mjs';
import {
  HIT_RATE_THRESHOLD,
  formatOutcomes,
  hitRate,
  loadQueries,
  rankOf,
  readQueries,
} from '../../scripts/lib/search-eval.mjs';
import { distDir } from './dist';

/**
 * The held-back third of each query set (people's words, `tests/search/queries.<lang>.json`),
 * never used to tune: the answer must be in the top 3 for `budgets.hitRate` of it. The built
 * index is searched in Node through the same steps as the interface (`scripts/lib/search-node.mjs`:
 * Pagefind's own bundle from `dist/`, then `rankPages` and `toResultView`); the browser test
 * `tests/e2e/search-quality.spec.ts` checks on a sample that the page shows the same results.
 */
for (const lang of localeKeys) {
  const set = `tests/search/queries.${lang}.json`;
  test.skipIf(!existsSync(set))(
    `held-back queries (${lang}): the answer in the top 3 for at least ${HIT_RATE_THRESHOLD * 100}%`,
    { timeout: 120_000 },
    async () => {
      const all = loadQueries(lang);
      expect(all.length, 'at least 150 queries per language').toBeGreaterThanOrEqual(150);
      const held = all.filter((q) => q.set === 'held-back');
      // A third of the split file; the tuning-only batches are never held back.
      const split = readQueries(`queries.${lang}.json`);
      expect(held.length, 'a third of the split file held back').toBeGreaterThanOrEqual(
        split.length / 4,
      );
      const api = await loadPagefind(`${distDir}/`, lang);
      await api.options({ ranking });
      const outcomes = [];
      for (const { q, expect: want, set: split } of held) {
        const got = await topResults(api, q, lang);
        const expected = Array.isArray(want) ? want : [want];
        outcomes.push({ q, set: split, expected, rank: rankOf(got, expected), got });
      }
      const report = formatOutcomes(lang, outcomes);
      console.log(report);
      expect(hitRate(outcomes), report).toBeGreaterThanOrEqual(HIT_RATE_THRESHOLD);
    },
  );
}
