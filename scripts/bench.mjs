#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and prints what it costs a reader, per page type, then the
 * figures of the checker, search and sign-in log benchmarks. Figures, not pass/fail: the byte
 * budgets that must hold are tests (tests/e2e/csp-output.spec.ts and friends).
 *
 * Not measured yet (issue 6 is open): Lighthouse scores and the synthetic 2,000-page build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const node = process.execPath;
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const started = performance.now();
execFileSync(node, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'ignore',
});
const buildSeconds = (performance.now() - started) / 1000;

const pages = {
  home: 'it/index.html',
  cause: 'it/causes/location/index.html',
  faq: 'it/faq/index.html',
  checker: 'it/checker/index.html',
  search: 'it/search/index.html',
};

/** HTML and render-blocking CSS of one built page, gzipped. */
function pageBytes(file) {
  const html = readFileSync(join(dist, file));
  const css = [...html.toString().matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/media="print"/.test(tag))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')
    .filter(Boolean)
    .reduce((sum, href) => sum + gz(readFileSync(join(dist, href))), 0);
  return { html: gz(html), css };
}

console.log(`build: ${buildSeconds.toFixed(1)} s\n`);
console.log('page type   HTML gz    blocking CSS gz   total');
for (const [type, file] of Object.entries(pages)) {
  const { html, css } = pageBytes(file);
  console.log(
    `${type.padEnd(10)}  ${kb(html).padStart(8)}   ${kb(css).padStart(14)}   ${kb(html + css)}`,
  );
}

/** Runs a sub-benchmark and prints its output, or says why it could not. */
function run(title, args) {
  console.log(`\n${title}`);
  const result = spawnSync(node, args, { cwd: root, encoding: 'utf8' });
  process.stdout.write(
    result.status === 0 ? result.stdout : `n/a: ${result.stderr.trim().split('\n').pop()}\n`,
  );
}

run('checker (time to result, own JS)', [join(root, 'scripts/bench-checker.ts')]);
run('search (query-set hit rate, first-search bytes, JS before interaction)', [
  join(root, 'scripts/bench-search.mjs'),
]);
run('sign-in logs (time to result)', [join(root, 'scripts/bench-signin-logs.mjs')]);
console.log('\nLighthouse and the synthetic 2,000-page build: not measured yet (see README).');
