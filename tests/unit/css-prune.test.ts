import { expect, test } from 'vitest';
import {
  dropPrintRules,
  dropRulesRepeatedIn,
  pruneCustomProperties,
} from '../../src/lib/css-prune';

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
  const css = '@supports (x:y){:root{--x:1}}@media (min-width:50em){a{--y:2}b{margin:0}}';
  expect(pruneCustomProperties(css)).toBe('@media (min-width:50em){b{margin:0}}');
});

test('an emptied @layer block stays as a statement, so the layer keeps its place', () => {
  expect(pruneCustomProperties('@layer base{:root{--x:1}}@layer content{p{margin:0}}')).toBe(
    '@layer base;@layer content{p{margin:0}}',
  );
});

test('rules a later style repeats exactly leave the earlier one; near twins stay', () => {
  const critical = '@layer c{.card{display:grid}.card>*{margin:0}}p{color:red}';
  const later = '@layer c{.card{display:grid}}.card>*{margin:0}p{color:blue}';
  expect(dropRulesRepeatedIn(critical, later)).toBe('@layer c{.card>*{margin:0}}p{color:red}');
  expect(dropRulesRepeatedIn(critical, '')).toBe(critical);
});

test('print rules leave the critical CSS; other media queries stay', () => {
  const css =
    'a{color:red}@media print{a{color:#000}}@media (min-width:50em) and print{b{margin:0}}';
  expect(dropPrintRules(css)).toBe('a{color:red}@media (min-width:50em) and print{b{margin:0}}');
  expect(dropPrintRules('@layer x{@media print{a{color:#000}}}b{margin:0}')).toBe(
    '@layer x;b{margin:0}',
  );
});
