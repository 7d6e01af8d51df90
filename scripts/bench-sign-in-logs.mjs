#!/usr/bin/env node
/**
 * Benchmark of the sign-in log tool: time from a file's text to the summary the page shows
 * (detect, parse, normalise, summarise: what the worker does after reading the file), for
 * 20,000 and 100,000 generated records, as Graph JSON and as portal CSV.
 *
 *   npm run bench:sign-in-logs           (or: node scripts/bench-sign-in-logs.mjs [counts…])
 *
 * The TypeScript sources are bundled in memory with esbuild (Astro's own dependency), so the
 * script runs on any Node the project supports. Each figure is the median of 3 runs.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `
  export { generateSignIns, asGraphResponse } from './tests/unit/sign-in-logs/generate.ts';
  export { readSignInLog } from './src/lib/sign-in-logs/read.ts';
  export { summarise } from './src/lib/sign-in-logs/aggregate.ts';
  export { exportCsv } from './src/lib/sign-in-logs/export.ts';
  export { default as codes } from './src/data/codes.json';
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
});
const code = bundle.outputFiles[0]?.text ?? '';
const lib = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

const counts = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = counts.length ? counts : [20_000, 100_000];
const runs = 3;

/** Median of the times of `runs` calls of `fn`, in milliseconds. */
function median(fn) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

console.log(`node ${process.version}, median of ${runs} runs\n`);
console.log('records   format      size      time to result');
for (const n of sizes) {
  const { records } = lib.generateSignIns(n);
  const json = lib.asGraphResponse(records);
  const csv = lib.exportCsv(lib.readSignInLog(json).records);
  for (const [format, text] of [
    ['Graph JSON', json],
    ['portal CSV', csv],
  ]) {
    let blocked = 0;
    const ms = median(() => {
      blocked = lib.summarise(lib.readSignInLog(text).records, lib.codes).blocked;
    });
    const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
    console.log(
      `${String(n).padStart(7)}   ${format}  ${mb.padStart(5)} MB  ${ms.toFixed(0).padStart(6)} ms  (${blocked} × 53003)`,
    );
  }
}
