import { describe, expect, test } from 'vitest';
import { rankPages, type SearchFn } from '../../../src/lib/search/run';

interface Hit {
  id: string;
  score: number;
  via: string | null;
}

/**
 * A stand-in for Pagefind's `search` over a tiny site: each page lists its words with a score
 * per word; a query of several words finds the pages holding all of them (as Pagefind does),
 * scored by the sum. Records every term it was asked for.
 */
function fakeSearch(pages: Record<string, Record<string, number>>) {
  const asked: string[] = [];
  const search: SearchFn<Hit> = async (term, { filters }) => {
    if (term === null) {
      // Only the `code` filter: the page named after the code (`codes/53000` → "c53000").
      asked.push(`code:${filters?.code}`);
      const id = `c${filters?.code}`;
      return { results: id in pages ? [{ id, score: 0, via: null }] : [] };
    }
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

  test('a code typed alone or in a question puts its own page first', async () => {
    // The list of codes mentions 53003 more than the code's own page does.
    const codes = {
      index: { '53003': 5, '530036': 1, mean: 0.1 },
      c530036: { '530036': 2 },
      c53003: { '53003': 1, mean: 0.2 },
    };
    const { search, asked } = fakeSearch(codes);
    const alone = await rankPages(search, 'AADSTS53003', 'en');
    expect(asked).toEqual(['code:53003', '53003']);
    expect(alone.hits.map((h) => h.item.id)).toEqual(['c53003', 'index']);
    const question = await rankPages(search, 'what does 53003 mean', 'en');
    expect(question.hits[0]?.item.id).toBe('c53003');
    // No own page: the ranking of the words as it is.
    const other = await rankPages(search, '530035', 'en');
    expect(other.hits.map((h) => h.item.id)).toEqual([]);
  });

  test('an empty query asks nothing', async () => {
    const { search, asked } = fakeSearch(site);
    expect(await rankPages(search, ' ?! ', 'en')).toEqual({ hits: [], terms: [] });
    expect(asked).toEqual([]);
  });

  test('of two pages holding the words alike, the one holding them together comes first', async () => {
    // "teams" and "phone" score the same on both pages; on "answer" they share a paragraph.
    const at: Record<string, Record<string, number[]>> = {
      scattered: { teams: [10], phone: [900] },
      answer: { teams: [400], phone: [405] },
    };
    const search: SearchFn<Hit & { words?: number[] }> = async (term) => {
      const word = term?.toLowerCase() ?? '';
      const results = Object.entries(at)
        .filter(([, words]) => word in words)
        .map(([id, words]) => ({ id, score: 1, via: term, words: words[word] ?? [] }));
      return { results };
    };
    const plain = await rankPages(search, 'teams phone', 'en', undefined, { proximityWeight: 0 });
    expect(plain.hits.map((h) => h.item.id)).toEqual(['scattered', 'answer']);
    const { hits } = await rankPages(search, 'teams phone', 'en');
    expect(hits.map((h) => h.item.id)).toEqual(['answer', 'scattered']);
  });
});
