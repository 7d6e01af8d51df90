/**
 * A page's search vocabulary: the words readers type for it that its text does not carry
 * (synonyms, Italian and English variants, misspelt product names), written by the page's
 * author in the frontmatter (`vocabulary`, see `schemas/frontmatter.ts`). Pure helpers: reading
 * the authored phrases, and the map from page address to vocabulary that the build hands to the
 * search index (`src/pages/search-vocabulary.json.ts` writes it, `integrations/search-index.ts`
 * reads it and deletes it).
 *
 * The words reach Pagefind only in the copy of each page it indexes (`index-html.ts`): page words
 * as searchable metadata, section words inside their section. They are never in the page itself.
 */

/** The vocabulary of one page, as the schema gives it. */
export interface PageVocabulary {
  /** Phrases for the whole page. */
  words: string[];
  /** Phrases for one section, by the id of its heading. */
  sections: Record<string, string[]>;
}

/** Where the build writes the map of every page's vocabulary, relative to `dist/`. */
export const VOCABULARY_FILE = 'search-vocabulary.json';

/**
 * Marks each vocabulary word in the indexed copy. Invisible, and not a letter: Pagefind indexes
 * `word⁣` as `word`, while the excerpts it returns keep the mark, so the interface can leave the
 * vocabulary out of what it shows (`results.ts`).
 */
export const VOCABULARY_MARK = '\u2063';

/**
 * The word the index and English queries use for "IT" in capitals, the IT department. In lower
 * case Pagefind cannot tell it from the pronoun "it", a stopword on every English page, so
 * "message to IT" lost its telling word. The indexed copy of English pages follows each "IT"
 * with it (`markDepartment` in `index-html.ts`) and `normalizeQuery` writes "IT" so.
 */
export const DEPARTMENT_WORD = 'itdepartment';

/** One authored phrase: letters and digits, spaces, apostrophes, dots, underscores, hyphens, /, +, &. */
export const PHRASE = /^[\p{L}\p{N}][\p{L}\p{N} '’._\-/+&]*$/u;

/** The most words one phrase may have: a phrase is what someone types, not a sentence. */
export const MAX_PHRASE_WORDS = 7;

/** The longest phrase, in characters (Italian needs more than English). */
export const MAX_PHRASE_LENGTH = 50;

/**
 * Splits an authored list (`vpn personale, trasferta, wifi dell’albergo`) into trimmed
 * phrases, spaces collapsed; empty items (a trailing comma) are dropped.
 */
export function splitPhrases(text: string): string[] {
  return text
    .split(',')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The phrases of a list that repeat an earlier one, ignoring case and accents. */
export function repeatedPhrases(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const phrase of phrases) {
    const key = phrase.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (seen.has(key)) repeated.push(phrase);
    seen.add(key);
  }
  return repeated;
}

/** The address Pagefind gives a page, from its content id: `it/causes` → `/it/causes/`. */
export function urlOfEntry(id: string): string {
  return `/${id.replace(/^\/+|\/+$/g, '')}/`;
}
