import { expect, test } from 'vitest';
import {
  dropNoScriptRules,
  dropPrintRules,
  dropRulesRepeatedIn,
  inlineConstantProperties,
  pruneCustomProperties,
} from '../../../src/lib/build/css-prune';

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

test('a constant property is written out where it is read, its declaration gone', () => {
  const css =
    '@layer base{:root,::backdrop{--gap:1rem;--wide:40rem;--x:var(--gap)}}' +
    'p{margin:var(--gap);max-width:var(--wide,50rem);padding:calc(var(--gap) * 2) var(--x)}';
  expect(inlineConstantProperties(css, '')).toBe(
    '@layer base{:root,::backdrop{--x:1rem}}' +
      'p{margin:1rem;max-width:40rem;padding:calc(1rem * 2) var(--x)}',
  );
});

test('a property set anywhere else, or under a condition, or by a name prefix, stays', () => {
  const css =
    ':root{--a:1px;--b:2px;--c:3px;--c-d:4px}@media (min-width:50em){:root{--b:5px}}' +
    'p{margin:var(--a) var(--b) var(--c) var(--c-d)}';
  // `elsewhere` is the whole site's code, which declares each once, and the page's HTML: there a
  // style attribute sets --a again. --b is set under a media query; --c and --c-d are constant.
  expect(inlineConstantProperties(css, `${css}<p style="--a: 9px">`)).toBe(
    ':root{--a:1px;--b:2px}@media (min-width:50em){:root{--b:5px}}' +
      'p{margin:var(--a) var(--b) 3px 4px}',
  );
  // A script that sets --c keeps it a property.
  expect(
    inlineConstantProperties(
      ':root{--c:3px}p{margin:var(--c)}',
      ":root{--c:3px} el.style.setProperty('--c', '1px')",
    ),
  ).toBe(':root{--c:3px}p{margin:var(--c)}');
});

test('only :root holds constants; one that reads another stays, the read written out', () => {
  const css = '.card{--pad:1rem}:root{--y:var(--z);--z:2px}p{padding:var(--pad) var(--y) var(--z)}';
  expect(inlineConstantProperties(css, '')).toBe(
    '.card{--pad:1rem}:root{--y:2px}p{padding:var(--pad) var(--y) 2px}',
  );
});

test('the no-script theme colours stay out of the critical CSS, other no-script rules stay', () => {
  expect(
    dropNoScriptRules(
      'a{color:red}@media (scripting:none) and (prefers-color-scheme:light){:root{--x:#fff}}@media (scripting:none){.app{display:none}}',
    ),
  ).toBe('a{color:red}@media (scripting:none){.app{display:none}}');
});
