/**
 * The copy of each built page that Pagefind indexes. The page on disk keeps its typography; only
 * the text handed to the indexer changes, so that every word people search for is a word of its
 * own in the index. Pure string work: the build integration reads and writes the files.
 *
 * Why: Pagefind splits a word into parts on ASCII punctuation only. `l'accesso` is indexed as
 * `laccesso` and `accesso`, but `l’accesso` (the typographic apostrophe Astro's smart
 * punctuation writes) only as `laccesso`, so a search for "accesso" missed it. Likewise
 * `AADSTS53003` is one word, which a search for "53003" does not find.
 */

/** A typographic apostrophe between two letters: an elision (l’accesso) or a contraction. */
const INNER_APOSTROPHE = /(?<=\p{L})[’ʼ](?=\p{L})/gu;
/** An error code glued to its AADSTS prefix. */
const PREFIXED_CODE = /\b(AADSTS)(\d{5,7})\b/gi;
/** Soft hyphen: invisible, and Pagefind splits words on it like on a hyphen. */
const SOFT_HYPHEN = '\u00AD';

/**
 * Returns the HTML Pagefind should index for a page: inner typographic apostrophes become `'`
 * (so `l’accesso` is found by "accesso") and `AADSTS53003` gets a soft hyphen after the prefix
 * (so it is found by "53003" as well as by "AADSTS53003").
 */
export function prepareHtmlForIndex(html: string): string {
  return html
    .replace(INNER_APOSTROPHE, "'")
    .replace(PREFIXED_CODE, (_, prefix: string, code: string) => `${prefix}${SOFT_HYPHEN}${code}`);
}

/**
 * Undoes, for display, what `prepareHtmlForIndex` did to the text Pagefind returns in excerpts:
 * the typographic apostrophe comes back and soft hyphens go.
 */
export function restoreTypography(text: string): string {
  return text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’').replaceAll(SOFT_HYPHEN, '');
}
