/**
 * What people type, turned into what the Pagefind index holds. Pure: no DOM, no Pagefind.
 *
 * Italian elides articles and prepositions with an apostrophe (l’accesso, dell’utente, un’app).
 * People type either `'` or `’`, and search for the bare word as often as for the elided form:
 * the index holds the bare word (see `prepareHtmlForIndex`), so the query keeps only the part
 * after the apostrophe.
 */

/** Every apostrophe-like character people type or paste: straight, typographic, prime, grave. */
const APOSTROPHES = /[’‘`´ʼ′]/g;
/** Typographic and guillemet quotes, which Pagefind reads as a phrase search when straight. */
const QUOTES = /[“”«»„]/g;
/** A letter run, an apostrophe, then a letter: an elision (`dell'utente`) or a contraction. */
const ELIDED = /^[\p{L}]+'(?=\p{L})/u;
/** An English possessive or contraction ending (`microsoft's`, `can't` keeps its `t`). */
const POSSESSIVE = /'s$/i;

/** The languages whose queries we normalise; anything else passes through like English. */
export type SearchLang = 'it' | 'en';

/** Maps every apostrophe variant to `'` and every typographic double quote to `"`. */
export function unifyPunctuation(text: string): string {
  return text.replace(APOSTROPHES, "'").replace(QUOTES, '"');
}

/**
 * Removes an Italian elided article or preposition from one word: `l'accesso` → `accesso`,
 * `dell’utente` → `utente`, `un'app` → `app`. A word without one comes back unchanged, and so
 * does an apostrophe at the end (`po'`).
 */
export function stripElision(word: string): string {
  return unifyPunctuation(word).replace(ELIDED, '');
}

/**
 * Normalises a query for Pagefind: trims, collapses spaces, unifies apostrophes and quotes, and
 * strips elisions (Italian) or possessive `'s` (English) word by word. Returns `''` for a query
 * with nothing searchable in it.
 */
export function normalizeQuery(raw: string, lang: SearchLang): string {
  const words = unifyPunctuation(raw)
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (lang === 'it' ? word.replace(ELIDED, '') : word.replace(POSSESSIVE, '')));
  const query = words.join(' ').trim();
  return /[\p{L}\p{N}]/u.test(query) ? query : '';
}

/**
 * The words of a normalised query worth highlighting on a page: lower case, without quotes or
 * punctuation at either end, two characters or more, no duplicates.
 */
export function queryTerms(query: string): string[] {
  const terms = query
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length >= 2);
  return [...new Set(terms)];
}
