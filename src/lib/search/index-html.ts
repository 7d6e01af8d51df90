/**
 * The copy of each built page that Pagefind indexes. The page on disk keeps its typography; only
 * the text handed to the indexer changes, so that every word people search for is a word of its
 * own in the index. Pure string work: the build integration reads and writes the files.
 *
 * Why: Pagefind splits a word into parts on ASCII punctuation only. `l'accesso` is indexed as
 * `laccesso` and `accesso`, but `l’accesso` (the typographic apostrophe Astro's smart
 * punctuation writes) only as `laccesso`, so a search for "accesso" missed it. Likewise
 * `AADSTS53003` is one word, which a search for "53003" does not find.
 *
 * The copy also carries the page's search vocabulary (`vocabulary.ts`), which the page itself
 * never shows: see `addVocabulary`.
 */
import { DEPARTMENT_WORD, VOCABULARY_MARK, type PageVocabulary } from './vocabulary.ts';

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

/** The metadata key of a page's vocabulary; `ranking.ts` gives it its weight (`metaWeights`). */
export const VOCABULARY_META = 'vocab';

/** The opening tag of the element Pagefind indexes (Starlight's `<main data-pagefind-body>`). */
const BODY_OPEN = /<[a-z]+\b[^>]*\sdata-pagefind-body\b[^>]*>/i;

function escapeAttribute(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The closing position of the heading (`h2`–`h6`) whose id is `id`, or -1. */
function headingEnd(html: string, id: string): number {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const open = new RegExp(`<(h[2-6])\\b[^>]*\\sid="${escaped}"[^>]*>`, 'i').exec(html);
  const tag = open?.[1];
  if (!open || !tag) return -1;
  const close = html.indexOf(`</${tag}>`, open.index + open[0].length);
  return close < 0 ? -1 : close + tag.length + 3;
}

/**
 * Adds a page's vocabulary to the copy Pagefind indexes:
 * - the page's words as metadata (`data-pagefind-meta="vocab:…"`), which Pagefind searches and
 *   `ranking.ts` weighs, and which no excerpt shows;
 * - each section's words right after that section's heading, weighted `sectionWeight`, each word
 *   followed by {@link VOCABULARY_MARK}: Pagefind then counts them as hits in that section (its
 *   sub-result, the section the results link to), and the interface drops them from excerpts.
 *
 * Throws when the page has no `data-pagefind-body` or lacks a heading the vocabulary names, so
 * a renamed id fails the build instead of silently losing its words.
 */
export function addVocabulary(
  html: string,
  vocabulary: PageVocabulary,
  sectionWeight: number,
): string {
  const body = BODY_OPEN.exec(html);
  if (!body)
    throw new Error(
      'the page is kept out of search (no data-pagefind-body, `pagefind: false`): remove its vocabulary',
    );
  const inserts: [at: number, text: string][] = [];
  if (vocabulary.words.length)
    inserts.push([
      body.index + body[0].length,
      `<span hidden data-pagefind-meta="${VOCABULARY_META}:${escapeAttribute(vocabulary.words.join(', '))}"></span>`,
    ]);
  for (const [id, phrases] of Object.entries(vocabulary.sections)) {
    const at = headingEnd(html, id);
    if (at < 0)
      throw new Error(`the vocabulary names section #${id}, which the page does not have`);
    const words = phrases
      .flatMap((p) => p.split(' '))
      .map((w) => `${escapeText(w)}${VOCABULARY_MARK}`)
      .join(' ');
    inserts.push([at, `<p data-pagefind-weight="${sectionWeight}">${words}</p>`]);
  }
  let out = html;
  for (const [at, text] of inserts.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** "IT" in capitals as a word of its own ("IT's", "IT-managed" too). */
const DEPARTMENT = /\bIT\b/g;

/**
 * In an English page's indexed copy, follows each "IT" of the body's text with
 * {@link DEPARTMENT_WORD}, marked like a vocabulary word so that no excerpt shows it. A heading
 * keeps its text (Pagefind takes titles from headings): the word goes right after it, in the
 * section it opens. Tags and attributes, and anything before `data-pagefind-body`, stay as they
 * are. The caller passes English pages only: "IT" in an Italian page is already a word of its own.
 */
export function markDepartment(html: string): string {
  const body = BODY_OPEN.exec(html);
  if (!body) return html;
  const start = body.index + body[0].length;
  const word = `${DEPARTMENT_WORD}${VOCABULARY_MARK}`;
  let heading: string | undefined;
  let headingSaysIt = false;
  const rest = html.slice(start).replace(/(<[^>]*>)|[^<]+/g, (piece, tag?: string) => {
    if (tag) {
      const open = /^<(h[1-6])\b/i.exec(tag)?.[1];
      if (open) [heading, headingSaysIt] = [open.toLowerCase(), false];
      if (heading && tag.toLowerCase() === `</${heading}>`) {
        const after = headingSaysIt ? `<span>${word}</span>` : '';
        heading = undefined;
        return tag + after;
      }
      return tag;
    }
    if (heading) {
      headingSaysIt ||= piece.search(DEPARTMENT) >= 0;
      return piece;
    }
    return piece.replace(DEPARTMENT, `IT ${word}`);
  });
  return html.slice(0, start) + rest;
}
