/**
 * What people type, turned into what the Pagefind index holds. Pure: no DOM, no Pagefind.
 *
 * Italian elides articles and prepositions with an apostrophe (l’accesso, dell’utente, un’app).
 * People type either `'` or `’`, and search for the bare word as often as for the elided form:
 * the index holds the bare word (see `prepareHtmlForIndex`), so the query keeps only the part
 * after the apostrophe.
 */

import { DEPARTMENT_WORD } from './vocabulary.ts';

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
 * An error code typed with the letter O for a zero (`53oo3`, `AADSTS53OO3`): a 5, then digits
 * and at least one O, five to seven characters in all. No word of either language has that shape.
 */
const CODE_WITH_O = /^(?:aadsts)?(5(?=[\doO]*[oO])[\doO]{4,6})$/i;

/**
 * Words that say little about the problem on their own. A page is not asked to hold them ("uso
 * una vpn" must find the VPN page although it never says "una"), but they still count a little
 * where a page has them: "what do I do" leans towards the page on what to do (`run.ts`). When a
 * query has nothing else they are its words ("What If" stays "What If"). Only function words:
 * articles, prepositions, pronouns, auxiliary and modal verbs, negations; and "succede", which
 * every cause page's heading "Perché succede" holds ("cosa succede se…" is not about causes).
 */
export const STOPWORDS: Record<SearchLang, ReadonlySet<string>> = {
  it: new Set(
    [
      'il lo la i gli le un uno una di a da ad in con su per tra fra e ed o che cosa come se',
      'sono sei è era sto sta mi ti si ci vi ne io tu del dello della dei degli delle al allo',
      'alla ai agli alle dal dalla dai nel nella nei sul sulla mio mia miei mie tuo tua suo sua',
      'ho hai ha hanno non più anche ma però ancora già quando dove chi quale quali questo',
      'questa quello quella devo deve posso può puoi possiamo riesco riesce fa faccio succede',
    ]
      .join(' ')
      .split(' '),
  ),
  en: new Set(
    [
      "the a an of to in on for and or is are am be been was were i i'm my me we our you your",
      'it its this that there they them their what how why who when where which do does did',
      'if can should would could will must have has had get got with from by at so but just',
      "also now then than can't cannot cant don't doesn't didn't won't isn't",
    ]
      .join(' ')
      .split(' '),
  ),
};

/**
 * Words people type for what the pages always call otherwise: "login" and "log in" for signing
 * in, "entrare" for accedere, "nn" and "xké" on a phone for "non" and "perché", British
 * "organisation" for the pages' "organization". Replaced before searching, so that a page need
 * not carry every variant. Only words with no other meaning here ("log" alone is the sign-in
 * logs, and stays). Looked up in lower case; {@link CASED_SYNONYMS} holds the words whose
 * capitals carry the meaning.
 */
export const SYNONYMS: Record<SearchLang, ReadonlyMap<string, string>> = {
  en: new Map([
    ['login', 'sign-in'],
    ['logon', 'sign-in'],
    ['logins', 'sign-ins'],
    ['signin', 'sign-in'],
    ['signon', 'sign-in'],
    // British spellings of the pages' American ones (the site writes "organization").
    ['organisation', 'organization'],
    ['organisations', 'organizations'],
    ['organisational', 'organizational'],
    ['recognise', 'recognize'],
    ['recognised', 'recognized'],
    ['authorise', 'authorize'],
    ['authorised', 'authorized'],
    ['unauthorised', 'unauthorized'],
    ['authorisation', 'authorization'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
  ]),
  it: new Map([
    ['login', 'accesso'],
    ['logon', 'accesso'],
    ['loggarsi', 'accedere'],
    ['loggare', 'accedere'],
    ['loggato', 'accesso'],
    ['entrare', 'accedere'],
    ['entro', 'accedo'],
    ['entra', 'accede'],
    // How people shorten words on a phone.
    ['nn', 'non'],
    ['x', 'per'],
    ['xké', 'perché'],
    ['xke', 'perché'],
    ['xché', 'perché'],
    ['xche', 'perché'],
    ['ke', 'che'],
    ['cmq', 'comunque'],
  ]),
};

/**
 * Words that mean something else written in capitals, looked up as typed: English "IT" is the
 * department, which the index spells {@link DEPARTMENT_WORD} in English pages, while "it" and
 * "It" stay the pronoun.
 */
export const CASED_SYNONYMS: Record<SearchLang, ReadonlyMap<string, string>> = {
  en: new Map([['IT', DEPARTMENT_WORD]]),
  it: new Map(),
};

/**
 * An id or part of one (`1fec8e78-bce4`, a whole GUID): searched group by group, since Pagefind
 * gives the hyphenated whole no score while each group finds the page that lists the id.
 */
const HEX_GROUPS = /^[0-9a-f]{4,}(?:-[0-9a-f]{2,})+$/i;

/** The word before "Entra" that makes it Microsoft's product. */
const PRODUCT_BEFORE = /^microsoft$/i;
/** The words after "Entra" that make it Microsoft's product ("Entra ID", "Entra admin center"). */
const PRODUCT_AFTER =
  /^(?:id|admin|connect|join|joined|registered|hybrid|ibrido|portal|portale|center|centre|tenant)\W*$/i;

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
 * strips elisions (Italian) or possessive `'s` (English) word by word, writes `AADSTS53003` and
 * `53oo3` (letter O for zero) as `53003`, splits ids into their hex groups, writes "log in" as
 * "login" and replaces {@link CASED_SYNONYMS} and {@link SYNONYMS}. Returns `''` for a query with
 * nothing searchable in it.
 */
export function normalizeQuery(raw: string, lang: SearchLang): string {
  const words = unifyPunctuation(raw)
    .normalize('NFC')
    .replace(/\blog(?:ged|ging)?[\s-]+(?:in|into|on|onto)\b/gi, 'login')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (lang === 'it' ? word.replace(ELIDED, '') : word.replace(POSSESSIVE, '')))
    .map((word) => word.replace(PREFIXED_CODE, '$1'))
    .map((word) => word.replace(CODE_WITH_O, (_, code: string) => code.replace(/o/gi, '0')))
    .flatMap((word) => (HEX_GROUPS.test(word) ? word.split('-') : [word]))
    .map((word, i, all) => {
      // `az login` is the Azure CLI command, not a sign-in in general.
      if (all[i - 1]?.toLowerCase() === 'az') return word;
      // "Microsoft Entra", "Entra ID", "Entra admin center": the product, not the verb.
      if (
        /^entra$/i.test(word) &&
        (PRODUCT_BEFORE.test(all[i - 1] ?? '') || PRODUCT_AFTER.test(all[i + 1] ?? ''))
      )
        return word;
      const [, head = '', core = '', tail = ''] =
        /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      const synonym = CASED_SYNONYMS[lang].get(core) ?? SYNONYMS[lang].get(core.toLowerCase());
      return synonym ? `${head}${synonym}${tail}` : word;
    });
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
 * The words a page should hold for a normalised query: without stopwords, unless that would
 * leave nothing. A quoted query (an exact phrase search) is kept whole, as one term.
 */
export function searchTerms(query: string, lang: SearchLang): string[] {
  if (!query) return [];
  if (query.includes('"')) return [query];
  const words = query.split(' ');
  const kept = words.filter((w) => !STOPWORDS[lang].has(bare(w)));
  return kept.length ? kept : words;
}

/** A word in lower case without punctuation at either end (`IT?` → `it`, `I'm` stays `i'm`). */
function bare(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The stopwords `searchTerms` left out of a normalised query, once each, lower case, without
 * one-letter words: they add to the score of the pages that hold them without being required.
 */
export function bonusTerms(query: string, lang: SearchLang): string[] {
  const kept = new Set(searchTerms(query, lang));
  if (!query || query.includes('"')) return [];
  const dropped = query
    .split(' ')
    .filter((w) => !kept.has(w))
    .map(bare)
    .filter((w) => w.length > 1);
  return [...new Set(dropped)];
}

/**
 * The pairs of neighbouring words of a normalised query, as quoted phrases, leaving out pairs of
 * two stopwords: `who changed the policy` → `"who changed"`, `"changed the"`, `"the policy"`.
 * Then the runs of three words that hold a stopword and a word that is not one: `"changed the
 * policy"`. A page that holds one of them as written is likely about what was asked; the runs of
 * three catch what people copy from a screen ("don't have access", "can't get there"), whose pairs
 * are all stopwords or say little alone. Three content words in a row add nothing to their two
 * pairs. A quoted query gives none (it is a phrase already).
 */
export function phraseTerms(query: string, lang: SearchLang): string[] {
  if (!query || query.includes('"')) return [];
  const words = query.split(' ').map(bare).filter(Boolean);
  const stop = (w: string) => STOPWORDS[lang].has(w);
  const phrases: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const pair = words.slice(i - 1, i + 1);
    if (!pair.every(stop)) phrases.push(`"${pair.join(' ')}"`);
  }
  for (let i = 2; i < words.length; i++) {
    const run = words.slice(i - 2, i + 1);
    if (run.some(stop) && !run.every(stop)) phrases.push(`"${run.join(' ')}"`);
  }
  return [...new Set(phrases)];
}

/** Whether a quoted phrase from `phraseTerms` holds a stopword. */
export function hasStopword(phrase: string, lang: SearchLang): boolean {
  return phrase
    .replaceAll('"', '')
    .split(' ')
    .some((w) => STOPWORDS[lang].has(w));
}
