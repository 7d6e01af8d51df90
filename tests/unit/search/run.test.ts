import { describe, expect, test } from 'vitest';
import { rankPages, type SearchFn } from '../../../src/lib/search/run';

interface Hit {
  id: string;
  score: number;
  via: string;
}

/**
 * A stand-in for Pagefind's `search` over a tiny site: each page lists its words with a score
 * per word; a query of several words finds the pages holding all of them (as Pagefind does),
 * scored by the sum. Records every term it was asked for.
 */
function fakeSearch(pages: Record<string, Record<string, number>>) {
  const asked: string[] = [];
  const search: SearchFn<Hit> = async (term) => {
    asked.push(term);
    const words = term
      .toLowerCase()
      .split(' ')
      .map((w) => w.replace(/[^\p{L}\p{N}']+$/u, ''));
    const results = Object.entries(pages)
      .filter(([, scores]) => words.every((w) => w in scores))
      .map(([id, scores]) => ({
        id,
        score: words.reduce((sum, w) => sum + (scores[w] ?? 0), 0),
        via: term,
      }))
      .sort((a, b) => b.score - a.score);
    return { results };
  };
  return { search, asked };
}

const site = {
  location: { travelling: 9, work: 0.2, sign: 0.1 },
  helpdesk: { travelling: 0.5, work: 0.2, cannot: 0.5, sign: 0.1, escalate: 3 },
  user: { what: 2, do: 2, blocked: 0.1 },
  codes: { blocked: 0.2 },
};

describe('rankPages', () => {
  test('one word is one search', async () => {
    const { search, asked } = fakeSearch(site);
    const { hits, terms } = await rankPages(search, 'Travelling', 'en');
    expect(asked).toEqual(['Travelling']);
    expect(hits.map((h) => h.item.id)).toEqual(['location', 'helpdesk']);
    expect(terms).toEqual(['travelling']);
  });

  test('a page missing a word ranks lower instead of disappearing', async () => {
    const { search } = fakeSearch(site);
    const { hits } = await rankPages(search, 'travelling for work and cannot sign in', 'en');
    expect(hits.map((h) => h.item.id)).toEqual(['location', 'helpdesk']);
  });

  test('a page holding every word keeps the result of the search for all of them', async () => {
    const { search } = fakeSearch(site);
    const { hits } = await rankPages(search, 'travelling escalate', 'en');
    const helpdesk = hits.find((h) => h.item.id === 'helpdesk');
    expect(helpdesk?.item.via).toBe('travelling escalate');
    expect(helpdesk?.items.map((i) => i.result.via)).toEqual(['travelling', 'escalate']);
    const location = hits.find((h) => h.item.id === 'location');
    expect(location?.item.via).toBe('travelling');
    expect(location?.items.map((i) => [i.result.via, i.weight])).toEqual([['travelling', 9]]);
  });

  test('stopwords are never required but lean towards the pages that hold them', async () => {
    const { search, asked } = fakeSearch(site);
    const { hits, terms } = await rankPages(search, "I'm blocked, what do I do", 'en');
    expect(hits[0]?.item.id).toBe('user');
    expect(hits.map((h) => h.item.id)).toContain('codes');
    expect(asked).toEqual(expect.arrayContaining(['what', 'do']));
    expect(terms).toEqual(['blocked']);
    const without = await rankPages(search, "I'm blocked, what do I do", 'en', undefined, {
      bonusWeight: 0,
    });
    expect(without.hits.map((h) => h.item.id)).toEqual(['codes', 'user']);
  });

  test('an empty query asks nothing', async () => {
    const { search, asked } = fakeSearch(site);
    expect(await rankPages(search, ' ?! ', 'en')).toEqual({ hits: [], terms: [] });
    expect(asked).toEqual([]);
  });
});
