import { describe, expect, test } from 'vitest';
import {
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
