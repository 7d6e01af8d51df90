import { describe, expect, test } from 'vitest';
import {
  combineData,
  decodeEntities,
  excerptParts,
  markedWords,
  toResultView,
  type PagefindResultData,
} from '../../../src/lib/search/results';
import details from './fixtures/pagefind-details-correlation.json';
import faq from './fixtures/pagefind-faq-incognito.json';

describe('excerptParts', () => {
  test('splits marks from text, decodes entities and restores the apostrophe', () => {
    expect(
      excerptParts("Blocca <mark>dall'accesso</mark> &amp; &lt;tag&gt; AADSTS\u00AD53003"),
    ).toEqual([
      { text: 'Blocca ', mark: false },
      { text: 'dall’accesso', mark: true },
      { text: ' & <tag> AADSTS53003', mark: false },
    ]);
  });

  test('drops any other tag', () => {
    expect(excerptParts('a <b>b</b> c')).toEqual([{ text: 'a b c', mark: false }]);
  });
});

describe('excerptParts and the search vocabulary', () => {
  test('leaves out vocabulary words, marked or not, and the space before them', () => {
    expect(
      excerptParts(
        'Emergency. <mark>never\u2063</mark> locked\u2063 out\u2063 Keep two <mark>accounts</mark>',
      ),
    ).toEqual([
      { text: 'Emergency. Keep two ', mark: false },
      { text: 'accounts', mark: true },
    ]);
  });

  test('a vocabulary word is never a word to highlight', () => {
    expect(markedWords(['<mark>never\u2063</mark> <mark>accounts</mark>'])).toEqual(['accounts']);
  });
});

describe('decodeEntities', () => {
  test('named and numeric entities', () => {
    expect(decodeEntities('&quot;x&quot; &#39;y&#x27; &unknown;')).toBe(`"x" 'y' &unknown;`);
  });
});

describe('markedWords', () => {
  test('gives the marked words without their elided article', () => {
    expect(
      markedWords(["<mark>dall'accesso</mark> e <mark>Accesso</mark>, <mark>VPN.</mark>"]),
    ).toEqual(['accesso', 'vpn']);
  });
});

describe('toResultView, on real Pagefind data', () => {
  const view = toResultView(details as PagefindResultData, ['correlation', 'id'], 3);

  test('links the page with the words to highlight', () => {
    expect(view.url).toMatch(/^\/it\/details\/\?highlight=correlation\+id/);
    expect(view.title).toBe('I dettagli per la risoluzione dei problemi, riga per riga');
    expect(view.kind).toBe('reference');
  });

  test('keeps the three best sections, best first, each linking its heading', () => {
    expect(view.sections).toHaveLength(3);
    expect(view.sections[0]?.url).toMatch(/^\/it\/details\/\?highlight=[^#]+#correlation-id$/);
    for (const section of view.sections) expect(section.url).toMatch(/#[a-z-]+$/);
  });

  test('an FAQ answer comes back as a section linking its question', () => {
    const faqView = toResultView(faq as PagefindResultData, ['incognito']);
    expect(faqView.sections.map((s) => [s.title, s.url])).toEqual([
      [
        'Una finestra in incognito o InPrivate aiuta?',
        '/it/faq/?highlight=incognito#private-window',
      ],
    ]);
    expect(faqView.kind).toBe('faq');
  });

  test('never offers the page title (h1) as a section', () => {
    const withTitle: PagefindResultData = {
      url: '/it/x/',
      excerpt: '',
      meta: { title: 'X' },
      sub_results: [
        {
          title: 'X',
          url: '/it/x/#_top',
          excerpt: '',
          anchor: { element: 'h1', id: '_top', location: 0 },
        },
      ],
    };
    expect(toResultView(withTitle, []).sections).toEqual([]);
  });
});

describe('combineData', () => {
  const section = (url: string, locations: number[], score = 1) => ({
    title: url,
    url,
    excerpt: '',
    anchor: { element: 'h2', id: url.split('#')[1] ?? '', location: 0 },
    weighted_locations: locations.map((location) => ({
      weight: 1,
      balanced_score: score,
      location,
    })),
  });
  const data = (excerpt: string, subs: ReturnType<typeof section>[]): PagefindResultData => ({
    url: '/en/faq/',
    excerpt,
    meta: { title: 'FAQ' },
    sub_results: subs,
  });

  test('ranks sections on every word, each in proportion to how much it tells', () => {
    // "teams" hits a heading (a high balanced score) but says little about the page; "vpn"
    // hits plain text and is what the page is found for.
    const base = data('base', [section('/en/faq/#teams', [1], 50)]);
    const combined = combineData(base, [
      { data: data('teams', [section('/en/faq/#teams', [1], 50)]), weight: 0.1 },
      { data: data('vpn', [section('/en/faq/#vpn', [10, 11], 10)]), weight: 3 },
    ]);
    expect(combined.excerpt).toBe('base');
    const view = toResultView(combined, []);
    expect(view.sections.map((s) => s.url)).toEqual(['/en/faq/#vpn', '/en/faq/#teams']);
  });

  test('a match found by two words counts once', () => {
    const combined = combineData(data('base', []), [
      { data: data('a', [section('/en/faq/#a', [1, 2])]), weight: 1 },
      { data: data('b', [section('/en/faq/#a', [2, 3])]), weight: 1 },
    ]);
    expect(combined.sub_results?.[0]?.weighted_locations?.map((l) => l.location)).toEqual([
      1, 2, 3,
    ]);
  });

  test('a section holding two of the words beats one repeating a single word', () => {
    // "disabled policies ignored": one section says "policies" six times, the other holds
    // "disabled" and "ignored" once each.
    const combined = combineData(data('base', []), [
      { data: data('policies', [section('/en/faq/#policies', [1, 2, 3, 4, 5, 6])]), weight: 1 },
      { data: data('disabled', [section('/en/faq/#result', [20])]), weight: 1 },
      { data: data('ignored', [section('/en/faq/#result', [24])]), weight: 1 },
    ]);
    const view = toResultView(combined, []);
    expect(view.sections.map((s) => s.url)).toEqual(['/en/faq/#result', '/en/faq/#policies']);
  });

  test('without word results the page is its own result', () => {
    const one = data('only', []);
    expect(combineData(one, [])).toBe(one);
  });
});
