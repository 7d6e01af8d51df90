/**
 * `parse`: the checker's reading of a paste with its own lexicon (`lexicon.ts`), for the tools
 * that read a details block without the checker's data (What If, the sign-in log reader) and for
 * the tests. The reading itself is `readPaste` in `read.ts`; the checker's page gets the lexicon
 * in its data file and calls `readPaste` directly.
 */
import type { CheckerWords } from './extract.ts';
import { lexicon } from './lexicon.ts';
import { MAX_CHARS, readPaste, type ParseResult } from './read.ts';

export * from './read.ts';

/** Reads a paste with the checker's lexicon (see `readPaste`). */
export function parse(
  input: string,
  maxChars: number = MAX_CHARS,
  known: ReadonlySet<string> = new Set(),
  words?: CheckerWords,
): ParseResult {
  return readPaste(input, lexicon, maxChars, known, words);
}
