/**
 * The checker on real pastes (`tests/unit/checker/real/`): fields shown right, causes in the
 * first place and in the first three, with the answers the person could give and without, and
 * how often a cause was put first without evidence for it. The corpus is split in two: a
 * third held back by a fixed rule (`isHeldOut`), never used for tuning, and the rest.
 *
 * Run: `npm run bench:checker-real` (add `--cases` to list every case of the tuning set).
 * Prints a table; `evaluateReal()` is exported for the unit test and `scripts/bench-checker.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localiseData } from '../src/lib/checker/data.ts';
import { diagnose, type Diagnosis } from '../src/lib/checker/diagnose.ts';
import { knownCodes } from '../src/lib/checker/index.ts';
import { parse } from '../src/lib/checker/parse.ts';
import {
  fieldNames,
  type Answers,
  type CauseId,
  type CheckerData,
  type TriedId,
} from '../src/lib/checker/types.ts';

const root = join(fileURLToPath(import.meta.url), '../..');
const dir = join(root, 'tests/unit/checker/real');
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** One case of the corpus (see its README). */
export interface RealCase {
  id: string;
  source: string;
  shape: string;
  paste: string;
  fields: Record<string, string | string[]>;
  tolerate?: string[];
  cause: CauseId | null;
  answers: Answers;
  tried?: TriedId[];
  note?: string;
}

/** FNV-1a, 32 bits: a fixed, spread-out number for each id. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The held-back third: chosen by the id alone, so adding a case never moves another. */
export const isHeldOut = (id: string) => fnv1a(id) % 3 === 0;

/** The corpus, with each paste's text. */
export function loadCases(): (RealCase & { text: string })[] {
  return (JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as RealCase[]).map((c) => ({
    ...c,
    text: readFileSync(join(dir, c.paste), 'utf8'),
  }));
}

/**
 * The checker's data in one language, cause titles replaced by ids (the language changes the
 * words, not the ranking): for this script and `bench-checker.ts`.
 */
export function checkerData(locale: 'it' | 'en' = 'en'): CheckerData {
  const raw = {
    codes: json('src/data/codes.json'),
    apps: json('src/data/apps.json'),
    rules: json('src/data/checker-rules.json'),
    causes: json('src/data/causes.json'),
  };
  const ids: CauseId[] = raw.causes.map((c: { id: CauseId }) => c.id);
  return localiseData(raw, locale, ids, Object.fromEntries(ids.map((id) => [id, id])));
}

/** A cause put first although nothing strong speaks for it. */
export function firstWithoutEvidence(d: Diagnosis): boolean {
  const top = d.causes[0];
  if (d.status !== 'ranked' || !top) return false;
  return !top.for.some((e) => e.weight >= 2);
}

/** What one case scores. */
export interface CaseScore {
  id: string;
  fieldsRight: number;
  fieldsTotal: number;
  wrong: string[];
  cause: CauseId | null;
  /** The ranked causes (with answers, then without), and the status. */
  withAnswers: { order: CauseId[]; status: Diagnosis['status'] };
  alone: { order: CauseId[]; status: Diagnosis['status'] };
  noEvidenceFirst: number;
}

/** Scores one case. */
export function scoreCase(c: RealCase & { text: string }, data: CheckerData): CaseScore {
  const parsed = parse(c.text, undefined, knownCodes(data), data.words);
  const shown = parsed.fields as Record<string, string | undefined>;
  const wrong: string[] = [];
  let right = 0;
  let total = 0;
  for (const name of fieldNames) {
    const expected = c.fields[name];
    const value = shown[name];
    if (expected !== undefined) {
      total++;
      const ok = (Array.isArray(expected) ? expected : [expected]).some(
        (e) => value !== undefined && e.toLowerCase() === value.toLowerCase(),
      );
      if (ok) right++;
      else wrong.push(`${name}: ${value ?? '(missing)'} ≠ ${String(expected)}`);
    } else if (value !== undefined && !c.tolerate?.includes(name)) {
      total++;
      wrong.push(`${name}: ${value} (not in the text)`);
    }
  }
  const tried = c.tried ?? [];
  const withAnswers = diagnose(parsed, c.answers, data, tried);
  const alone = diagnose(parsed, {}, data, []);
  return {
    id: c.id,
    fieldsRight: right,
    fieldsTotal: total,
    wrong,
    cause: c.cause,
    withAnswers: { order: withAnswers.causes.map((x) => x.id), status: withAnswers.status },
    alone: { order: alone.causes.map((x) => x.id), status: alone.status },
    noEvidenceFirst:
      Number(firstWithoutEvidence(withAnswers)) + Number(firstWithoutEvidence(alone)),
  };
}

/** The figures of one set. */
export interface SetFigures {
  cases: number;
  fieldsRight: number;
  fieldsTotal: number;
  withCause: number;
  top1: number;
  top3: number;
  top1Alone: number;
  top3Alone: number;
  firstWithoutEvidence: number;
}

function figures(scores: CaseScore[]): SetFigures {
  const known = scores.filter((s) => s.cause);
  const hit = (order: CauseId[], cause: CauseId | null, n: number) =>
    cause !== null && order.slice(0, n).includes(cause);
  return {
    cases: scores.length,
    fieldsRight: scores.reduce((n, s) => n + s.fieldsRight, 0),
    fieldsTotal: scores.reduce((n, s) => n + s.fieldsTotal, 0),
    withCause: known.length,
    top1: known.filter((s) => hit(s.withAnswers.order, s.cause, 1)).length,
    top3: known.filter((s) => hit(s.withAnswers.order, s.cause, 3)).length,
    top1Alone: known.filter((s) => hit(s.alone.order, s.cause, 1)).length,
    top3Alone: known.filter((s) => hit(s.alone.order, s.cause, 3)).length,
    firstWithoutEvidence: scores.reduce((n, s) => n + s.noEvidenceFirst, 0),
  };
}

/** Scores the whole corpus, the tuning set and the held-back third apart. */
export function evaluateReal() {
  const data = checkerData();
  const scores = loadCases().map((c) => ({ c, score: scoreCase(c, data) }));
  const tuning = scores.filter((s) => !isHeldOut(s.c.id)).map((s) => s.score);
  const heldOut = scores.filter((s) => isHeldOut(s.c.id)).map((s) => s.score);
  return { tuning: figures(tuning), heldOut: figures(heldOut), tuningCases: tuning };
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');

/** The table `npm run bench:checker-real` prints. */
export function report(result: ReturnType<typeof evaluateReal>): string {
  const row = (name: string, f: SetFigures) =>
    [
      name.padEnd(16),
      String(f.cases).padStart(5),
      `${f.fieldsRight}/${f.fieldsTotal} ${pct(f.fieldsRight, f.fieldsTotal)}`.padStart(16),
      `${f.top1}/${f.withCause} ${pct(f.top1, f.withCause)}`.padStart(14),
      `${f.top3}/${f.withCause} ${pct(f.top3, f.withCause)}`.padStart(14),
      `${f.top1Alone}/${f.withCause}`.padStart(9),
      `${f.top3Alone}/${f.withCause}`.padStart(9),
      String(f.firstWithoutEvidence).padStart(8),
    ].join(' ');
  return [
    'set              cases      fields right   top-1 (ans.)   top-3 (ans.)  top-1 alone  top-3 alone  first w/o evidence',
    row('tuning', result.tuning),
    row('held back', result.heldOut),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = evaluateReal();
  console.log(report(result));
  if (process.argv.includes('--cases'))
    for (const s of result.tuningCases)
      console.log(
        `${s.id}: fields ${s.fieldsRight}/${s.fieldsTotal}${s.wrong.length ? ` [${s.wrong.join('; ')}]` : ''}; cause ${s.cause ?? '-'}; with answers ${s.withAnswers.status} ${s.withAnswers.order.join(',')}; alone ${s.alone.status} ${s.alone.order.join(',')}`,
      );
}
