import { expect, test } from 'vitest';
import { pruneCustomProperties } from '../../src/lib/css-prune';

test('drops custom properties nothing reads, keeps the chain of those something reads', () => {
  const css =
    ':root{--a:red;--b:var(--c);--c:blue;--unused:1px;--also-unused:var(--a)}p{color:var(--b)}';
  expect(pruneCustomProperties(css)).toBe(':root{--b:var(--c);--c:blue}p{color:var(--b)}');
});

test('a property the rest of the page reads is kept', () => {
  const css = ':root{--size:1em;--gone:0}';
  expect(pruneCustomProperties(css, '<style>svg{width:var(--size)}</style>')).toBe(
    ':root{--size:1em}',
  );
});

test('rules and at-rules left empty disappear, others stay untouched', () => {
  const css = '@layer base{:root{--x:1}}@media (min-width:50em){a{--y:2}b{margin:0}}';
  expect(pruneCustomProperties(css)).toBe('@media (min-width:50em){b{margin:0}}');
});
