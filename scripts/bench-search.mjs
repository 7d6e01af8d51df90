#!/usr/bin/env node
/**
 * Search benchmark: on the built site (`npm run build` first), prints per language the top-3 hit
 * rates of the tuning set and of the held-back third of the query sets (misses are listed for the
 * tuning set only), the bytes of a first search from an article page, and the JavaScript an
 * article page loads before any interaction. Serves `dist/` with gzip, like a static host, and
 * drives Debian's Chromium (or `CHROMIUM_PATH`). `--json` prints one JSON object instead.
 *
 *   node scripts/bench-search.mjs [--json]
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { serveDist } from './lib/static-server.mjs';
import {
  FIRST_SEARCH_BUDGET,
  HIT_RATE_THRESHOLD,
  formatOutcomes,
  hitRate,
  loadQueries,
  measureFirstSearch,
  measureIdleJs,
  runQuerySet,
} from './lib/search-eval.mjs';
import { localeKeys } from '../config/locales.ts';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${root}pagefind/pagefind.js`)) {
  console.error('bench-search: no built site with a search index in dist/; run `npm run build`.');
  process.exit(1);
}
const json = process.argv.includes('--json');
const executablePath =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** Typical first searches: one per language, from an article page. */
const FIRST_SEARCHES = [
  { path: '/it/causes/location/', query: 'dispositivo non registrato' },
  { path: '/en/causes/location/', query: 'vpn' },
  { path: '/it/faq/', query: '530035' },
];

const server = await serveDist(root);
const browser = await chromium.launch(executablePath ? { executablePath } : {});
const result = { hitRate: {}, top1: {}, queries: {}, misses: {}, firstSearch: [], idleJs: {} };
const reports = [];
try {
  for (const lang of localeKeys) {
    const page = await browser.newPage();
    const outcomes = await runQuerySet(page, server.url, lang, loadQueries(lang));
    await page.close();
    const tuning = outcomes.filter((o) => o.set === 'tuning');
    const held = outcomes.filter((o) => o.set === 'held-back');
    result.queries[lang] = { tuning: tuning.length, heldBack: held.length };
    result.hitRate[lang] = { tuning: hitRate(tuning), heldBack: hitRate(held) };
    result.top1[lang] = { tuning: hitRate(tuning, 1), heldBack: hitRate(held, 1) };
    result.misses[lang] = tuning.filter((o) => !o.rank || o.rank > 3).map((o) => o.q);
    reports.push(formatOutcomes(lang, outcomes));
  }
  for (const { path, query } of FIRST_SEARCHES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const first = await measureFirstSearch(page, server.url, path, query);
    await context.close();
    result.firstSearch.push({ path, query, bytes: first.total, files: first.files });
  }
  const context = await browser.newContext();
  const idle = await measureIdleJs(await context.newPage(), server.url, '/it/causes/location/');
  await context.close();
  result.idleJs = idle;
} finally {
  await browser.close();
  await server.close();
}

if (json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(reports.join('\n'));
  const pct = (n) => `${(n * 100).toFixed(1)}%`;
  for (const lang of ['it', 'en']) {
    const { tuning, heldBack } = result.hitRate[lang];
    const sizes = result.queries[lang];
    console.log(
      `hit rate ${lang} (top 3): tuning ${pct(tuning)} of ${sizes.tuning}, held-back ${pct(heldBack)} of ${sizes.heldBack} (threshold ${pct(HIT_RATE_THRESHOLD)} on the held-back third)`,
    );
  }
  for (const f of result.firstSearch) {
    console.log(
      `first search "${f.query}" from ${f.path}: ${kb(f.bytes)} transferred (budget ${kb(FIRST_SEARCH_BUDGET)}), ${f.files.length} requests`,
    );
    for (const file of f.files) console.log(`  ${kb(file.bytes).padStart(9)}  ${file.url}`);
  }
  console.log(
    `JavaScript before interaction on /it/causes/location/: ${kb(result.idleJs.total)} in ${result.idleJs.files.length} files (+ ${kb(result.idleJs.inlineBytes)} inline)`,
  );
  for (const file of result.idleJs.files)
    console.log(`  ${kb(file.bytes).padStart(9)}  ${file.url}`);
}
