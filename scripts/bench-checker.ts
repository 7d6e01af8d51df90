/**
 * The checker's figures for the benchmark: the time from a paste to a result (parse, explain,
 * rank and the message for IT, as the page runs them on every change) over every details
 * fixture, the gzipped size of the checker's own JavaScript in the last build, and its figures on
 * the real-paste corpus (`scripts/bench-checker-real.ts`).
 *
 * Run: `node scripts/bench-checker.ts` (Node ≥ 22.18 runs TypeScript directly), after
 * `npm run build` for the size. Prints JSON. `benchChecker()` is exported for `scripts/bench.mjs`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecker } from '../src/lib/checker/index.ts';
import { checkerData, evaluateReal } from './bench-checker-real.ts';
import { buildTicket } from '../src/lib/checker/ticket.ts';
import { translator } from '../src/lib/text.ts';
import { checkerScripts } from './checker-size.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The checker's figures. `rounds` runs per fixture; the first runs warm the engine up. */
export function benchChecker(rounds = 200) {
  const data = checkerData('it');
  const t = translator(json('src/content/i18n/it.json'));
  const dir = join(root, 'tests/unit/fixtures/details');
  const fixtures = readdirSync(dir)
    .filter((f) => /^\d/.test(f) || f.startsWith('synthetic-'))
    .filter((f) => !f.endsWith('.md'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const answers = { vpn: 'no', devicecode: 'yes' } as const;
  const options = { locale: 'it', timeZone: 'Europe/Rome', now: new Date() };

  const once = (text: string) => {
    const start = performance.now();
    const result = runChecker(text, answers, data, options);
    buildTicket({
      ...result,
      answers,
      tried: [],
      data,
      locale: 'it',
      timeZone: 'Europe/Rome',
      redact: false,
      t,
      site: 'https://errore53003.example.org',
    });
    return performance.now() - start;
  };
  for (let i = 0; i < 50; i++) for (const f of fixtures) once(f);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) for (const f of fixtures) times.push(once(f));

  const big = `${fixtures[0] ?? ''}${'x7#é €\n'.repeat(750_000)}`;
  const bigTimes = Array.from({ length: 20 }, () => once(big));

  const scripts = checkerScripts(join(root, 'dist'));
  const real = evaluateReal();
  return {
    checker: {
      fixtures: fixtures.length,
      runs: times.length,
      medianMs: Number(median(times).toFixed(3)),
      p95Ms: Number(
        ([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0).toFixed(3),
      ),
      fiveMegabytePasteMedianMs: Number(median(bigTimes).toFixed(3)),
      jsGzipBytes: scripts ? scripts.reduce((sum, s) => sum + s.gzip, 0) : null,
      jsFiles: scripts ?? 'not built: run npm run build first',
      // The real-paste corpus (npm run bench:checker-real prints it as a table).
      realPastesHeldBack: real.heldOut,
      realPastesTuning: real.tuning,
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(JSON.stringify(benchChecker(), null, 2));
