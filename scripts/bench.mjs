/**
 * `npm run bench`: how fast and how heavy the site is, from a fresh clone, with no network.
 *
 * 1. Builds the site (timed) and weighs every page from dist/: HTML and render-blocking CSS,
 *    gzipped, against the budgets of config/budgets.ts.
 * 2. Serves dist/ with `astro preview` on a free port and, per page type, measures in Chromium the
 *    JavaScript loaded before any interaction, and mobile Lighthouse scores (median of 3 runs).
 * 3. Measures a first search (bytes), and runs the search, checker and sign-in-log benchmarks of
 *    the other parts of the site when they exist (`scripts/bench-search.mjs`, …).
 * 4. Builds a synthetic copy with 2,000 extra pages: build time, index size, first-search bytes.
 *
 * Prints a table and writes everything to bench-results/latest.json.
 * Options: --runs=N (Lighthouse runs per page, 3), --synthetic=N (extra pages, 2000; 0 skips),
 * --no-lighthouse, --lang=it|en (the page types' language, it).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { budgets } from '../config/budgets.ts';
import { pageWeight } from './lib/page-weight.ts';
import { chromiumPath, firstSearch, jsBeforeInteraction, launchBrowser } from './bench/browser.mjs';
import { lighthouseMedians } from './bench/lighthouse.mjs';
import { run } from './bench/run.mjs';
import { preview } from './bench/server.mjs';
import { folderSize, syntheticCopy } from './bench/synthetic.mjs';
import { describe, runTeamScript } from './bench/team-scripts.mjs';

const root = join(import.meta.dirname, '..');
const options = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value = 'true'] = arg.replace(/^--/, '').split('=');
    return [key, value];
  }),
);
const runs = Number(options.runs ?? 3);
const syntheticPages = Number(options.synthetic ?? 2000);
const lang = options.lang === 'en' ? 'en' : 'it';
const withLighthouse = options['no-lighthouse'] === undefined;
const searchQuery = 'vpn';

const pageTypes = [
  { type: 'home', path: `/${lang}/` },
  { type: 'cause page', path: `/${lang}/causes/location/` },
  { type: 'FAQ', path: `/${lang}/faq/` },
  { type: 'checker', path: `/${lang}/checker/` },
  { type: 'search page', path: `/${lang}/search/` },
];

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const kb = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1000).toFixed(1)} KB`);

/**
 * Builds the project in `dir`: the seconds it took, and the search index step as the
 * integration logs it ("Indexed 94 HTML files in 587 ms"), to show the index grows linearly.
 */
async function build(dir) {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const { seconds, stdout, stderr } = await run(process.execPath, [astro, 'build'], { cwd: dir });
  const indexed = /Indexed (\d+) HTML files in (\d+) ms/.exec(`${stdout}\n${stderr}`);
  const index = indexed ? { pages: Number(indexed[1]), ms: Number(indexed[2]) } : undefined;
  return { seconds, index };
}

/** `94 pages in 0.6 s (6.2 ms per page)`, or `not reported`. */
function indexLine(index) {
  return index
    ? `${index.pages} pages in ${(index.ms / 1000).toFixed(1)} s (${(index.ms / index.pages).toFixed(1)} ms per page)`
    : 'not reported';
}

/** Every built page's weight, by URL path. */
function weighAll(distDir) {
  const weights = new Map();
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = `/${file}`.replace(/(^|\/)index\.html$/, '$1');
    weights.set(path, pageWeight(distDir, readFileSync(join(distDir, file), 'utf8')));
  }
  return weights;
}

async function main() {
  if (!chromiumPath) log('no system Chromium found: Playwright’s own browser will be used');
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumPath ?? 'playwright',
    lang,
    budgets,
    pages: [],
  };

  log('building the site');
  const built = await build(root);
  results.buildSeconds = built.seconds;
  results.searchIndex = built.index;
  const distDir = join(root, 'dist');
  const weights = weighAll(distDir);
  const overBudget = [...weights].filter(([, w]) => w.firstPaint > budgets.firstPaint);
  results.firstPaintOverBudget = overBudget.map(([path, w]) => ({ path, bytes: w.firstPaint }));
  results.largestFirstPaint = [...weights].reduce(
    (max, [path, w]) => (w.firstPaint > max.bytes ? { path, bytes: w.firstPaint } : max),
    { path: '', bytes: 0 },
  );

  const server = await preview(root);
  const browser = await launchBrowser();
  try {
    for (const { type, path } of pageTypes) {
      const weight = weights.get(path);
      log(`measuring ${path}`);
      const js = await jsBeforeInteraction(browser, server.url + path);
      results.pages.push({ type, path, weight, jsBeforeInteraction: js });
    }
    log('first search');
    results.firstSearch = await firstSearch(browser, `${server.url}/${lang}/`, searchQuery);

    if (withLighthouse) {
      const medians = await lighthouseMedians(
        pageTypes.map(({ path }) => server.url + path),
        runs,
        log,
      );
      for (const page of results.pages) page.lighthouse = medians.get(server.url + page.path);
    }

    const env = { BENCH_BASE_URL: server.url, BENCH_DIST_DIR: distDir, BENCH_LANG: lang };
    log('team benchmarks');
    results.search = await runTeamScript(root, 'bench-search', env, ['--json']);
    results.checker = await runTeamScript(root, 'bench-checker', env);
    results.signInLogs = await runTeamScript(root, 'bench-sign-in-logs', env);
    results.whatIf = await runTeamScript(root, 'bench-what-if', env);
  } finally {
    await browser.close();
    await server.stop();
  }

  if (syntheticPages > 0) {
    log(`synthetic copy with ${syntheticPages} extra pages`);
    const copy = syntheticCopy(root, syntheticPages);
    try {
      const { seconds: buildSeconds, index: searchIndex } = await build(copy.dir);
      const index = folderSize(join(copy.dir, 'dist/pagefind'));
      const synthServer = await preview(copy.dir);
      const synthBrowser = await launchBrowser();
      try {
        const search = await firstSearch(synthBrowser, `${synthServer.url}/${lang}/`, searchQuery);
        const teamSearch = await runTeamScript(
          copy.dir,
          'bench-search',
          {
            BENCH_BASE_URL: synthServer.url,
            BENCH_DIST_DIR: join(copy.dir, 'dist'),
            BENCH_LANG: lang,
          },
          ['--json'],
        );
        results.synthetic = {
          extraPages: syntheticPages,
          buildSeconds,
          searchIndex,
          index,
          firstSearch: search,
          search: teamSearch,
        };
      } finally {
        await synthBrowser.close();
        await synthServer.stop();
      }
    } finally {
      copy.remove();
    }
  }

  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  print(results);
}

/** The report. */
function print(results) {
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'SEO',
    'HTML gz',
    'CSS gz',
    'HTML+CSS',
    'JS before interaction',
  ];
  const rows = results.pages.map((p) => {
    const s = p.lighthouse?.scores ?? {};
    return [
      `${p.type} (${p.path})`,
      s.performance ?? '–',
      s.accessibility ?? '–',
      s['best-practices'] ?? '–',
      s.seo ?? '–',
      kb(p.weight?.html),
      kb(p.weight?.css),
      `${kb(p.weight?.firstPaint)}${p.weight && p.weight.firstPaint > budgets.firstPaint ? ' (over)' : ''}`,
      `${kb(p.jsBeforeInteraction.bytes)} (${p.jsBeforeInteraction.files.length} files)`,
    ].map(String);
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const out = [
    '',
    `Benchmark ${results.date} — Node ${results.node}, Chromium ${results.chromium}, ${lang} pages`,
    `Lighthouse: mobile, median of ${runs} runs${withLighthouse ? '' : ' (skipped)'}. Bytes: gzip level 6.`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `Build: ${results.buildSeconds.toFixed(1)} s; search index: ${indexLine(results.searchIndex)}`,
    `First paint budget (${kb(budgets.firstPaint)}): ${results.firstPaintOverBudget.length} page(s) over; largest ${results.largestFirstPaint.path} ${kb(results.largestFirstPaint.bytes)}`,
    `First search ("${searchQuery}" from /${lang}/): ${
      'error' in results.firstSearch
        ? `failed: ${results.firstSearch.error}`
        : `${kb(results.firstSearch.bytes)} in ${results.firstSearch.requests} requests`
    }`,
    `Search (scripts/bench-search.mjs: query-set hit rate, first-search bytes): ${describe(results.search)}`,
    `Checker time to result (scripts/bench-checker.*): ${describe(results.checker)}`,
    `Sign-in log tool (scripts/bench-sign-in-logs.*): ${describe(results.signInLogs)}`,
    `What If engine (scripts/bench-what-if.*): ${describe(results.whatIf)}`,
  ];
  for (const p of results.pages)
    if (p.lighthouse?.failing.length)
      out.push(`Lighthouse, ${p.type}: ${p.lighthouse.failing.join(', ')}`);
  const offsite = results.pages.flatMap((p) => [
    ...p.jsBeforeInteraction.offsite,
    ...(p.lighthouse?.offsite ?? []),
  ]);
  out.push(`Requests leaving the site: ${offsite.length === 0 ? 'none' : offsite.join(', ')}`);
  if (results.synthetic) {
    const s = results.synthetic;
    out.push(
      `Synthetic (+${s.extraPages} pages): build ${s.buildSeconds.toFixed(1)} s, search index ${indexLine(s.searchIndex)}, ${kb(s.index.bytes)} in ${s.index.files} files, first search ${
        'error' in s.firstSearch
          ? `failed: ${s.firstSearch.error}`
          : `${kb(s.firstSearch.bytes)} in ${s.firstSearch.requests} requests`
      }; bench-search: ${describe(s.search)}`,
    );
  }
  out.push('', 'Written to bench-results/latest.json');
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
