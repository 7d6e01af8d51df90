#!/usr/bin/env node
/**
 * Tunes the search ranking (`src/lib/search/ranking.ts`) on the TUNING set only: the held-back
 * third of `tests/search/queries.<lang>.json` is never read here (`splitOf` in
 * `lib/search-eval.mjs` decides the sets).
 *
 * Runs in Node on the built index (`npm run build` first): it loads `dist/pagefind/pagefind.js`
 * once per language with files read from `dist/`, and runs each query through the same steps as
 * the browser (`rankPages`, then `toResultView` for the sections of the first three results), so
 * its figures match `npm run bench:search`. Then it searches the runtime parameters by coordinate
 * descent from the current values: each parameter in turn takes every value of its list, and a
 * value is kept when it raises the top-3 hits of both languages together (then the top-1 hits);
 * rounds repeat until nothing changes. It prints the figures of the current values, the best
 * values found and their figures, and the tuning misses that remain.
 *
 *   npm run tune:search [-- --no-search]   (--no-search: only the current figures)
 *   npm run tune:search -- --rounds=1      (at most one round of the descent; 4 by default)
 *   npm run tune:search -- --only=query.proximityWeight,pageLength   (move only these)
 *   npm run tune:search -- --langs=en      (one language's tuning queries only)
 *   npm run tune:search -- --no-search --fresh   (each query on a fresh Pagefind instance)
 *   npm run tune:search -- --query="compliant device" --lang=en   (one query, its top 5)
 *
 * Index-time weights (`vocabularyWeights`) need a rebuild per value: change, build, rerun.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { queryRanking, ranking } from '../src/lib/search/ranking.ts';
import { loadQueries, rankOf } from './lib/search-eval.mjs';
import { loadPagefind, topResults } from './lib/search-node.mjs';

// `SEARCH_DIST` (a folder ending in `/`): a copy of a build to tune on while `dist/` is rebuilt.
const dist = process.env.SEARCH_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}pagefind/pagefind.js`)) {
  console.error('tune-search: no built site with a search index in dist/; run `npm run build`.');
  process.exit(1);
}

const option = (name) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
// `--langs=en`: tune on one language's queries only.
const languages = (option('langs') ?? 'it,en').split(',');
// One after the other: Pagefind reads the language when it initialises.
const apis = {};
for (const l of languages) apis[l] = await loadPagefind(dist, l);
const queries = Object.fromEntries(
  languages.map((l) => [l, loadQueries(l).filter((q) => q.set === 'tuning')]),
);

// `--fresh`: each query on a new Pagefind instance, as in a page just opened. Pagefind matches a
// word's extensions only in the index chunks already loaded, so one instance for all queries can
// score a little differently (README, Search).
const fresh = process.argv.includes('--fresh');
let instances = 0;
async function freshApi(lang, params) {
  const api = await loadPagefind(dist, lang, (instances += 1));
  await api.options({ ranking: params });
  return api;
}

/** Runs the tuning queries of every language with `params`; returns hits and misses. */
async function evaluate({ query: queryParams, ...params }) {
  let top3 = 0;
  let top1 = 0;
  const misses = [];
  for (const l of languages) {
    await apis[l].options({ ranking: params });
    for (const { q, expect } of queries[l]) {
      const api = fresh ? await freshApi(l, params) : apis[l];
      const shown = await topResults(api, q, l, 3, queryParams);
      const expected = Array.isArray(expect) ? expect : [expect];
      const rank = rankOf(shown, expected);
      if (rank === 1) top1 += 1;
      if (rank > 0 && rank <= 3) top3 += 1;
      else
        misses.push(
          `${l} "${q}" wants ${expected.join(' or ')}, got ${shown.map((s) => s.path).join(', ')}`,
        );
    }
  }
  return { top3, top1, misses };
}

/** The values each runtime parameter may take. */
const candidates = {
  termFrequency: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1],
  pageLength: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.75, 0.9],
  termSaturation: [0.4, 0.8, 1, 1.2, 1.4, 1.6, 2],
  termSimilarity: [1, 2, 4, 6, 9, 12],
  'metaWeights.title': [0, 0.5, 1, 2, 3, 4, 5, 6, 8, 10],
  'metaWeights.codes': [1, 2, 4, 6],
  'metaWeights.vocab': [0.5, 1, 1.5, 2, 3, 4, 5, 6, 8],
  'query.missingWordExponent': [0, 0.5, 1, 1.5, 2, 3, 4],
  'query.bonusWeight': [0, 0.1, 0.25, 0.5, 1],
  'query.phraseWeight': [0, 0.25, 0.5, 1, 2, 4, 8],
  'query.phraseRarity': [0, 0.25, 0.5, 0.75, 1, 1.5],
  'query.stopPhraseShare': [0, 0.1, 0.25, 0.5, 1],
  'query.proximityWeight': [0, 0.1, 0.25, 0.5, 1, 2],
  'query.proximityWindow': [5, 10, 20, 40, 80, 160],
};

function withValue(params, key, value) {
  const [head, sub] = key.split('.');
  return sub
    ? { ...params, [head]: { ...params[head], [sub]: value } }
    : { ...params, [head]: value };
}

function valueOf(params, key) {
  const [head, sub] = key.split('.');
  return sub ? params[head][sub] : params[head];
}

const single = option('query');
if (single !== undefined) {
  const l = option('lang') === 'it' ? 'it' : 'en';
  const api = apis[l];
  await api.options({ ranking });
  for (const { path, sections } of await topResults(api, single, l, 5))
    console.log(`${path} ${sections.map((id) => `#${id}`).join(' ')}`);
  process.exit(0);
}

const total = languages.reduce((n, l) => n + queries[l].length, 0);
const show = (r) => `top 3 ${r.top3}/${total}, top 1 ${r.top1}/${total}`;
const current = { ...structuredClone(ranking), query: { ...queryRanking } };
const start = await evaluate(current);
console.log(`tuning queries: ${languages.map((l) => `${l} ${queries[l].length}`).join(', ')}`);
console.log(`current ranking: ${show(start)}`);

if (!process.argv.includes('--no-search')) {
  let best = current;
  let bestResult = start;
  const better = (a, b) => a.top3 > b.top3 || (a.top3 === b.top3 && a.top1 > b.top1);
  const rounds = Number(option('rounds') ?? 4);
  // `--only=query.phraseWeight,pageLength`: the descent moves only these parameters.
  const only = option('only')?.split(',');
  for (let round = 1, changed = true; changed && round <= rounds; round++) {
    changed = false;
    for (const [key, values] of Object.entries(candidates)) {
      if (only && !only.includes(key)) continue;
      for (const value of values) {
        if (value === valueOf(best, key)) continue;
        const params = withValue(best, key, value);
        const result = await evaluate(params);
        if (better(result, bestResult)) {
          best = params;
          bestResult = result;
          changed = true;
          console.log(`  round ${round}: ${key} = ${value} → ${show(result)}`);
        }
      }
    }
  }
  console.log(`best found: ${JSON.stringify(best)}\n  ${show(bestResult)}`);
  for (const miss of bestResult.misses) console.log(`  miss: ${miss}`);
} else {
  for (const miss of start.misses) console.log(`  miss: ${miss}`);
}
