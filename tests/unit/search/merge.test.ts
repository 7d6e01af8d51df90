import { describe, expect, test } from 'vitest';
import { mergeByWords, proximityScores } from '../../../src/lib/search/merge';

const hit = (id: string, score: number) => ({ id, score, item: id });

describe('mergeByWords', () => {
  test('a page strong on one word can beat pages weak on both', () => {
    const merged = mergeByWords([
      [hit('faq', 1), hit('location', 0.2)],
      [hit('location', 20), hit('faq', 0.5)],
    ]);
    expect(merged.map((m) => m.id)).toEqual(['location', 'faq']);
  });

  test('missing words cost a squared share of the score', () => {
    const [only] = mergeByWords([[hit('a', 8)], []]);
    expect(only).toEqual({ id: 'a', score: 2, matched: 1, item: 'a' });
  });

  test('a page keeps the item of the word where it scored best', () => {
    const merged = mergeByWords([
      [{ id: 'a', score: 1, item: 'a-first' }],
      [{ id: 'a', score: 5, item: 'a-second' }],
    ]);
    expect(merged[0]?.item).toBe('a-second');
  });

  test('the exponent sets what a missing word costs', () => {
    const perWord = [[hit('a', 8)], [hit('b', 2)], [hit('b', 2)]];
    expect(mergeByWords(perWord, 0)[0]?.id).toBe('a');
    expect(mergeByWords(perWord, 2)[0]?.id).toBe('b');
  });

  test('bonus words add a share of their score, are never required, and add no page', () => {
    const merged = mergeByWords([[hit('a', 1), hit('b', 1)]], 2, [
      { weight: 0.5, hits: [hit('b', 4), hit('c', 9)] },
    ]);
    expect(merged.map((m) => [m.id, m.score, m.matched])).toEqual([
      ['b', 3, 1],
      ['a', 1, 1],
    ]);
  });

  test('ties keep first appearance, and no words give nothing', () => {
    expect(mergeByWords([[hit('a', 1)], [hit('b', 1)]]).map((m) => m.id)).toEqual(['a', 'b']);
    expect(mergeByWords([])).toEqual([]);
  });
});

describe('proximityScores', () => {
  const placed = (id: string, score: number, words: number[]) => ({ id, score, words });

  test('words within the window add their scores; words far apart add nothing', () => {
    const near = proximityScores(
      [
        [placed('near', 2, [100]), placed('far', 2, [10])],
        [placed('near', 3, [104]), placed('far', 3, [500])],
      ],
      10,
    );
    expect(near.get('near')).toBe(5);
    expect(near.has('far')).toBe(false);
  });

  test('the best stretch counts, each word once however often it repeats there', () => {
    const near = proximityScores(
      [[placed('page', 1, [0, 2, 4, 50])], [placed('page', 1, [3])], [placed('page', 4, [55])]],
      10,
    );
    // 0–4 holds words one and two (1 + 1); 50–55 holds one and three (1 + 4).
    expect(near.get('page')).toBe(5);
  });

  test('one word alone, or a page without positions, gets nothing', () => {
    const near = proximityScores([[placed('a', 5, [1, 2, 3])], [{ id: 'b', score: 1 }]], 10);
    expect(near.size).toBe(0);
  });
});
