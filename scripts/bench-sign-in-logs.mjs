#!/usr/bin/env node
/**
 * Benchmark of the sign-in log reader's worker path on large files of real records: for
 * 100,000 and 250,000 sign-ins in the portal's JSON download shape (ten policies a record, about
 * 10 KB each: 1 GB and 2.6 GB) and its CSV shape (57 columns), the time from the first byte read
 * to the summary, and the peak memory of the process doing it.
 *
 *   npm run bench:sign-in-logs            (or: node scripts/bench-sign-in-logs.mjs [counts…])
 *
 * Each file is written to the system's temporary folder (`tests/unit/sign-in-logs/generate-real.ts`
 * draws the fixtures' real records, made distinct) and read in a fresh Node process by the very
 * code the Web Worker runs (`LogSession.load` over the file's byte stream, as `Blob.stream()` gives
 * it), so that the peak resident memory measured is that reading's alone. The counts it finds are
 * checked against the ones written. Targets: 250,000 JSON records in under 30 s, under 600 MB.
 *
 * The TypeScript sources are bundled with esbuild (Astro's own dependency), so the script runs on
 * any Node the project supports.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openAsBlob, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TARGET_SECONDS = 30;
const TARGET_MB = 600;

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main();

/** Reads one file the worker's way and prints what it found, how long it took and the memory. */
async function child(bundle, file) {
  const { LogSession, codes } = await import(pathToFileURL(bundle).href);
  let heapPeak = 0;
  const sample = () => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 100);
  const blob = await openAsBlob(file);
  const start = performance.now();
  const info = await new LogSession().load(
    [{ name: file, size: blob.size, stream: () => blob.stream() }],
    codes,
  );
  const ms = performance.now() - start;
  sample();
  clearInterval(timer);
  process.stdout.write(
    JSON.stringify({
      ms,
      total: info.summary.total,
      blocked: info.summary.blocked,
      perPolicy: Object.fromEntries(info.summary.blocking.map((p) => [p.displayName, p.count])),
      shape: info.files[0]?.report?.shape ?? info.files[0]?.error?.code,
      // maxRSS is in kilobytes on Linux and macOS.
      rssMb: process.resourceUsage().maxRSS / 1024,
      heapMb: heapPeak / 1024 / 1024,
    }),
  );
}

/** Writes each file, has a fresh process read it, and prints the table. */
async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'bench-sign-in-logs-'));
  try {
    const bundle = join(dir, 'reader.mjs');
    const out = await build({
      stdin: {
        contents: `
          export { LogSession } from './src/lib/sign-in-logs/session.ts';
          export { writePortalJson, writePortalCsv } from './tests/unit/sign-in-logs/generate-real.ts';
          export { default as codes } from './src/data/codes.json';
        `,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
    });
    writeFileSync(bundle, out.outputFiles[0]?.text ?? '');
    const lib = await import(pathToFileURL(bundle).href);

    const counts = process.argv.slice(2).map(Number).filter(Boolean);
    const sizes = counts.length ? counts : [100_000, 250_000];
    const rows = [];
    console.log(
      `node ${process.version}, ${process.arch}; each file read once by a fresh process\n`,
    );
    console.log(
      'records   shape          file size   time to summary   peak memory (RSS, heap)   counts',
    );
    for (const n of sizes) {
      for (const [shape, write, ext] of [
        ['portal JSON', lib.writePortalJson, 'json'],
        ['portal CSV', lib.writePortalCsv, 'csv'],
      ]) {
        const file = join(dir, `signins-${n}.${ext}`);
        const expected = write(file, n, join(root, 'tests/unit/sign-in-logs/fixtures/real-world'));
        const run = spawnSync(
          process.execPath,
          [fileURLToPath(import.meta.url), '--child', bundle, file],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          },
        );
        rmSync(file, { force: true });
        if (run.status !== 0) {
          console.log(
            `${String(n).padStart(7)}   ${shape.padEnd(12)}   failed: ${run.stderr.trim().split('\n').at(-1)}`,
          );
          rows.push({ records: n, shape, error: run.stderr.trim().split('\n').at(-1) });
          continue;
        }
        const got = JSON.parse(run.stdout);
        const right =
          got.total === expected.total &&
          got.blocked === expected.blocked &&
          JSON.stringify(sorted(got.perPolicy)) === JSON.stringify(sorted(expected.perPolicy));
        const seconds = got.ms / 1000;
        console.log(
          [
            String(n).padStart(7),
            shape.padEnd(12),
            `${(expected.bytes / 1e6).toFixed(0).padStart(6)} MB`,
            `${seconds.toFixed(1).padStart(12)} s`,
            `${got.rssMb.toFixed(0).padStart(12)} MB, ${got.heapMb.toFixed(0)} MB`,
            `      ${right ? 'right' : 'WRONG'} (${got.blocked.toLocaleString('en')} × 53003)`,
          ].join('   '),
        );
        rows.push({
          records: n,
          shape,
          bytes: expected.bytes,
          seconds: Number(seconds.toFixed(1)),
          peakRssMb: Math.round(got.rssMb),
          peakHeapMb: Math.round(got.heapMb),
          countsRight: right,
        });
      }
    }
    const json250 = rows.find((r) => r.records === 250_000 && r.shape === 'portal JSON');
    const within =
      json250 && !json250.error
        ? json250.seconds < TARGET_SECONDS && rows.every((r) => (r.peakRssMb ?? 0) < TARGET_MB)
        : null;
    console.log(
      `\ntargets: 250,000 JSON records under ${TARGET_SECONDS} s, peak memory under ${TARGET_MB} MB: ${
        within === null ? 'not measured' : within ? 'met' : 'NOT met'
      }`,
    );
    console.log(JSON.stringify({ signInLogs: rows, targetsMet: within }));
    if (rows.some((r) => r.error || r.countsRight === false)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An object with its keys in order, for comparing. */
function sorted(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
}
