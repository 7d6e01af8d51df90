import { describe, expect, test } from 'vitest';
import { extractHeadings } from '../../../src/lib/build/content-tree';
import { vocabularySchema } from '../../../src/schemas/frontmatter';
import {
  repeatedPhrases,
  splitPhrases,
  urlOfEntry,
  VOCABULARY_MARK,
} from '../../../src/lib/search/vocabulary';
import { readAllPages } from '../helpers/content';

const pages = readAllPages();
const name = (p: (typeof pages)[number]) => `${p.locale}/${p.path}`;
const indexed = pages.filter((p) => p.data.pagefind !== false);

describe('every page’s search vocabulary', () => {
  test('every page search indexes has one', () => {
    expect(indexed.filter((p) => !p.data.vocabulary).map(name)).toEqual([]);
  });

  test('pages kept out of search (pagefind: false) have none', () => {
    const outside = pages.filter((p) => p.data.pagefind === false);
    expect(outside.length).toBeGreaterThan(0);
    expect(outside.filter((p) => p.data.vocabulary).map(name)).toEqual([]);
  });

  test('names only sections the page has', () => {
    const wrong = indexed.flatMap((p) => {
      const ids = new Set(extractHeadings(p.body).map((h) => h.id));
      const sections = Object.keys(
        (p.data.vocabulary as { sections?: object } | undefined)?.sections ?? {},
      );
      return sections.filter((id) => !ids.has(id)).map((id) => `${name(p)}#${id}`);
    });
    expect(wrong).toEqual([]);
  });

  test('page words hold no camelCase names', () => {
    // Pagefind splits `BlockedByConditionalAccess` into "blocked", "conditional", "access": as
    // page metadata those would raise the page for words every page has. Enum names belong in
    // the text, where they are already.
    const camel = indexed.flatMap((p) => {
      const parsed = vocabularySchema.safeParse(p.data.vocabulary);
      return parsed.success
        ? parsed.data.words.filter((w) => /\p{Ll}\p{Lu}/u.test(w)).map((w) => `${name(p)}: ${w}`)
        : [];
    });
    expect(camel).toEqual([]);
  });

  test('is never written into the page’s text', () => {
    // The vocabulary is for search only: a line of the body that lists a page's phrases
    // would be keyword stuffing.
    const stuffed = indexed.filter((p) => {
      const parsed = vocabularySchema.safeParse(p.data.vocabulary);
      if (!parsed.success) return false;
      const phrases = parsed.data.words.map((w) => w.toLowerCase());
      return p.body
        .toLowerCase()
        .split('\n')
        .some((line) => phrases.filter((w) => line.includes(w)).length >= 8);
    });
    expect(stuffed.map(name)).toEqual([]);
  });
});

describe('vocabularySchema', () => {
  test('reads a comma-separated list into phrases', () => {
    const parsed = vocabularySchema.parse({
      words: 'trasferta,  viaggio di lavoro , wifi dell’albergo,',
      sections: { 'break-glass': 'account di emergenza, break glass' },
    });
    expect(parsed.words).toEqual(['trasferta', 'viaggio di lavoro', 'wifi dell’albergo']);
    expect(parsed.sections['break-glass']).toEqual(['account di emergenza', 'break glass']);
  });

  test.each([
    ['too few phrases', { words: 'a, b' }],
    ['markup', { words: 'vpn, <b>trip</b>, hotel' }],
    ['a sentence', { words: 'vpn, hotel, when I travel for work I cannot sign in at all' }],
    ['a repeated phrase', { words: 'VPN, hotel, vpn' }],
    ['a section that is not an id', { words: 'a1, b1, c1', sections: { 'Break Glass': 'x' } }],
    ['an unknown field', { words: 'a1, b1, c1', extra: 'x' }],
  ])('refuses %s', (_, value) => {
    expect(vocabularySchema.safeParse(value).success).toBe(false);
  });
});

describe('vocabulary helpers', () => {
  test('splitPhrases trims, collapses spaces and drops empty items', () => {
    expect(splitPhrases(' a ,b  c,, d ,')).toEqual(['a', 'b c', 'd']);
  });

  test('repeatedPhrases ignores case and accents', () => {
    expect(repeatedPhrases(['Perché', 'perche', 'vpn'])).toEqual(['perche']);
  });

  test('urlOfEntry gives the address Pagefind gives the page', () => {
    expect(urlOfEntry('it')).toBe('/it/');
    expect(urlOfEntry('en/causes/location')).toBe('/en/causes/location/');
  });

  test('the mark is invisible and not a letter', () => {
    expect(VOCABULARY_MARK).toMatch(/^\p{Cf}$/u);
  });
});
