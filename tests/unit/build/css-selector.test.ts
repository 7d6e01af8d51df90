import { expect, test } from 'vitest';
import { broadenSelector, splitSelectorList } from '../../../src/lib/build/css-selector';

test.each([
  ['.a:hover', '.a'],
  ['.a::before', '.a'],
  ['.content :not(h1, h2, .kb-h) + .kb-h', '.content * + .kb-h'],
  [':root', '*'],
  ['.a:where(.astro-x) > :is(b, i)', '.a:where(.astro-x) > :is(b, i)'],
  ['h1:where(.astro-x)', 'h1:where(.astro-x)'],
  [':where(.astro-x)[data-has-sidebar]', ':where(.astro-x)[data-has-sidebar]'],
  [':is(a:hover, .b::after) .c', ':is(a, .b) .c'],
  [':where(:not(.x)) p', ':where(*) p'],
  [':is(.a, :where(.b:focus, .c))', ':is(.a, :where(.b, .c))'],
  ['kb-search:defined .button', 'kb-search .button'],
  ['li:has(> a[aria-current="page"])', 'li'],
  ['a[href^="https:"]:not(:focus)', 'a[href^="https:"]'],
  ['.a\\:b:hover', '.a\\:b'],
  [':not(.x):not(.y) p', '* p'],
])('%s → %s', (input, expected) => {
  expect(broadenSelector(input)).toBe(expected);
});

test('a selector list splits at its top-level commas only', () => {
  expect(splitSelectorList('a, :is(b, c), [title="x, y"], d\\,e')).toEqual([
    'a',
    ':is(b, c)',
    '[title="x, y"]',
    'd\\,e',
  ]);
  expect(splitSelectorList(' , a ,')).toEqual(['a']);
});
