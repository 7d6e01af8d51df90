/**
 * The checker in one call, for the page and the benchmark: parse, explain, rank. The message
 * for IT is built on demand (`buildTicket`), because it depends on more choices of the reader.
 */
import { diagnose, type Diagnosis } from './diagnose.ts';
import { explain, type FieldExplanation } from './explain.ts';
import { MAX_CHARS, readPaste, type ParseResult } from './read.ts';
import type { Answers, CheckerData, TriedId } from './types.ts';

/** The result shown after a paste. */
export interface CheckerResult {
  parsed: ParseResult;
  fields: FieldExplanation[];
  diagnosis: Diagnosis;
}

/** Options that come from the reader's browser; fixed in tests. */
export interface RunOptions {
  locale: string;
  timeZone: string;
  now: Date;
  maxChars?: number;
}

/** The codes the site knows, for reading a bare number in prose as a code. */
export function knownCodes(data: Pick<CheckerData, 'codes'>): ReadonlySet<string> {
  return new Set(data.codes.map((c) => c.code));
}

/** Reads a paste and the answers and returns everything the result region shows. */
export function runChecker(
  text: string,
  answers: Answers,
  data: CheckerData,
  options: RunOptions,
  tried: readonly TriedId[] = [],
): CheckerResult {
  const parsed = readPaste(
    text,
    data.lexicon,
    options.maxChars ?? MAX_CHARS,
    knownCodes(data),
    data.words,
  );
  return {
    parsed,
    fields: explain(parsed, { ...options, intl: data.intl, codes: data.codes, apps: data.apps }),
    diagnosis: diagnose(parsed, answers, data, tried),
  };
}
