import { describe, expect, test } from 'vitest';
import { dynamicImports, resolveSpecifier, staticImports } from '../../../src/lib/build/js-imports';

describe('imports of a built chunk', () => {
  test.each([
    ['import{a as b}from"./chunk.Ab1.js";b()', ['./chunk.Ab1.js']],
    ['import"./side.js";import * as x from \'./x.js\'', ['./side.js', './x.js']],
    ['export{a}from"./re.js"', ['./re.js']],
    ['const s="import(x)";foo()', []],
    ['import{a}from"./a.js";import{b}from"./a.js"', ['./a.js']],
  ])('static: %s', (code, expected) => expect(staticImports(code)).toEqual(expected));

  test.each([
    ['const m=await import("./dialog.B2.js")', ['./dialog.B2.js']],
    ['import(`/pagefind/pagefind.js`)', ['/pagefind/pagefind.js']],
    ['import(`${base}/pagefind/pagefind.js`)', []],
    ['import(url)', []],
    [
      'new Worker(new URL("/_astro/parse.worker.C1.js",import.meta.url),{type:"module"})',
      ['/_astro/parse.worker.C1.js'],
    ],
  ])('dynamic: %s', (code, expected) => expect(dynamicImports(code)).toEqual(expected));

  test.each([
    ['./b.js', '/_astro/a.js', '/_astro/b.js'],
    ['../x.js', '/_astro/sub/a.js', '/_astro/x.js'],
    ['/pagefind/pagefind.js', '/_astro/a.js', '/pagefind/pagefind.js'],
    ['lodash', '/_astro/a.js', undefined],
  ])('resolves %s from %s', (spec, from, expected) =>
    expect(resolveSpecifier(spec, from)).toBe(expected),
  );
});
