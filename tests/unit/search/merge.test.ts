import { describe, expect, test } from 'vitest';
import { mergeByWords } from '../../../src/lib/search/merge';

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

  test('ties keep first appearance, and no words give nothing', () => {
    expect(mergeByWords([[hit('a', 1)], [hit('b', 1)]]).map((m) => m.id)).toEqual(['a', 'b']);
    expect(mergeByWords([])).toEqual([]);
  });
});
