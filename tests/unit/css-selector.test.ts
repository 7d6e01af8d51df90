import { expect, test } from 'vitest';
import { broadenSelector } from '../../src/lib/css-selector';

test.each([
  ['.a:hover', '.a'],
  ['.a::before', '.a'],
  ['.content :not(h1, h2, .kb-h) + .kb-h', '.content * + .kb-h'],
  [':root', '*'],
  ['.a:where(.astro-x) > :is(b, i)', '.a > *'],
  ['kb-search:defined .button', 'kb-search .button'],
  ['li:has(> a[aria-current="page"])', 'li'],
  ['a[href^="https:"]:not(:focus)', 'a[href^="https:"]'],
  ['.a\\:b:hover', '.a\\:b'],
  [':not(.x):not(.y) p', '* p'],
])('%s → %s', (input, expected) => {
  expect(broadenSelector(input)).toBe(expected);
});
