/**
 * Finds the words to highlight in a text node of the page a search result opened. Pure: the
 * highlighting module walks the DOM and wraps what this returns in `<mark>`.
 *
 * Matching mirrors what Pagefind found: case and accents do not matter, a term matches the start
 * of a word (Pagefind matches prefixes), and a long term also matches its other endings
 * ("dispositivo" highlights "dispositivi"), a cheap stand-in for the stemmer. A code matches its
 * AADSTS form too.
 */

/** A half-open range `[start, end)` of UTF-16 offsets in the original text. */
export type Range = readonly [start: number, end: number];

/**
 * Lower case without accents, keeping every character at its offset (a character whose folded
 * form would change length is only lower-cased, or kept), so ranges found in the folded text
 * apply to the original.
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.length === ch.length) out += folded;
    else {
      const lower = ch.toLowerCase();
      out += lower.length === ch.length ? lower : ch;
    }
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Whether a folded word is a match for a folded term. */
function matches(word: string, term: string): boolean {
  // An error code matches itself and its prefixed form ("aadsts53003"), never a longer code.
  if (/^\d+$/.test(term)) return word.endsWith(term) && !/\d/.test(word.at(-term.length - 1) ?? '');
  if (word.startsWith(term)) return true;
  if (term.length < 5) return false;
  const stem = term.slice(0, -1);
  return word.startsWith(stem) && word.length <= term.length + 2;
}

/**
 * The ranges of the words of `text` that match one of `terms`, in order, never overlapping.
 * Terms shorter than two characters are ignored.
 */
export function findMatches(text: string, terms: readonly string[]): Range[] {
  const folded = fold(text);
  const wanted = [...new Set(terms.map(fold).filter((t) => t.length >= 2))];
  if (!wanted.length) return [];
  const ranges: Range[] = [];
  for (const match of folded.matchAll(WORD)) {
    if (wanted.some((term) => matches(match[0], term)))
      ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
