/**
 * The checker in one call, for the page and the benchmark: parse, explain, rank. The message
 * for IT is built on demand (`buildTicket`), because it depends on more choices of the reader.
 */
import { diagnose, type Diagnosis } from './diagnose.ts';
import { explain, type FieldExplanation } from './explain.ts';
import { MAX_CHARS, parse, type ParseResult } from './parse.ts';
import type { Answers, CheckerData } from './types.ts';

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

/** Reads a paste and the answers and returns everything the result region shows. */
export function runChecker(
  text: string,
  answers: Answers,
  data: CheckerData,
  options: RunOptions,
): CheckerResult {
  const parsed = parse(text, options.maxChars ?? MAX_CHARS);
  return {
    parsed,
    fields: explain(parsed, { ...options, codes: data.codes, apps: data.apps }),
    diagnosis: diagnose(parsed, answers, data),
  };
}
