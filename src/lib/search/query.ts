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
/** An error code written with its prefix: the index holds the bare code too. */
const PREFIXED_CODE = /^aadsts(\d{5,7})$/i;

/**
 * Words that say nothing about the problem. Pagefind requires every word of a query, so "uso
 * una vpn" would miss the VPN page for want of "una"; these words are dropped unless the query
 * has nothing else ("What If" stays "What If"). Kept short on purpose: only words that are
 * everywhere in the pages or never in them.
 */
export const STOPWORDS: Record<SearchLang, ReadonlySet<string>> = {
  it: new Set(
    'il lo la i gli le un uno una di a da in con su per tra fra e ed o che cosa come se sono sei è mi ti si ci vi del dello della dei degli delle al allo alla ai agli alle dal dalla dai nel nella nei sul sulla mio mia miei mie ho ha'.split(
      ' ',
    ),
  ),
  en: new Set(
    "the a an of to in on for and or is are am be i i'm my me we our you your it its this that what how why do does did if can should with from by at".split(
      ' ',
    ),
  ),
};

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
 * Normalises a query for Pagefind: trims, collapses spaces, unifies apostrophes and quotes,
 * strips elisions (Italian) or possessive `'s` (English) word by word, and writes
 * `AADSTS53003` as `53003`. Returns `''` for a query with nothing searchable in it.
 */
export function normalizeQuery(raw: string, lang: SearchLang): string {
  const words = unifyPunctuation(raw)
    .normalize('NFC')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (lang === 'it' ? word.replace(ELIDED, '') : word.replace(POSSESSIVE, '')))
    .map((word) => word.replace(PREFIXED_CODE, '$1'));
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

/**
 * The words to send to Pagefind for a normalised query: without stopwords, unless that would
 * leave nothing. A quoted query (an exact phrase search) is kept whole, as one term.
 */
export function searchTerms(query: string, lang: SearchLang): string[] {
  if (!query) return [];
  if (query.includes('"')) return [query];
  const words = query.split(' ');
  const kept = words.filter((w) => !STOPWORDS[lang].has(w.toLowerCase()));
  return kept.length ? kept : words;
}
