import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { budgets } from '../../config/budgets';
import { checkerScripts } from '../../scripts/checker-size';
import { pageWeight } from '../../scripts/lib/page-weight';
import { builtPages, distDir } from './dist';

/**
 * The byte budgets of config/budgets.ts, on the built site. Bytes do not depend on the machine,
 * so these are tests (timings are the benchmark's job: `npm run bench`). That the critical CSS is
 * all a page needs to paint is a browser test: tests/e2e/critical-css.spec.ts.
 */
const weights = builtPages().map(({ path, html }) => ({
  path,
  html,
  weight: pageWeight(distDir, html),
}));

/** Pages whose kind is `tool` (their widgets load on use); every other page is an article. */
const isTool = (html: string) => /<kb-(checker|sign-in-logs|what-if|search-page)[\s>]/.test(html);

test('the build has pages to weigh', () => {
  expect(weights.length).toBeGreaterThan(50);
});

/** The ceiling a page is held to: the target, or its entry among the known misses. */
const ceiling = (path: string) =>
  budgets.firstPaintCeilings.find(({ pages }) => pages.test(path))?.bytes ?? budgets.firstPaint;

test(`HTML and render-blocking CSS of every page fit in ${budgets.firstPaint} bytes gzipped`, () => {
  const over = weights
    .filter(({ path, weight }) => weight.firstPaint > ceiling(path))
    .map(
      ({ path, weight }) =>
        `${path}: ${weight.firstPaint} > ${ceiling(path)} (HTML ${weight.html}, CSS ${weight.css})`,
    );
  expect(over, 'pages over their first-paint budget').toEqual([]);
});

test('a known miss that now fits leaves the list of ceilings', () => {
  const fits = weights
    .filter(({ path }) => ceiling(path) > budgets.firstPaint)
    .filter(({ weight }) => weight.firstPaint <= budgets.firstPaint)
    .map(({ path, weight }) => `${path}: ${weight.firstPaint}`);
  // Each ceiling covers a group of pages; the group leaves when none of them is over any more.
  const groups = budgets.firstPaintCeilings.filter(({ pages }) =>
    weights
      .filter(({ path }) => pages.test(path))
      .every(({ path }) => fits.some((f) => f.startsWith(`${path}:`))),
  );
  expect(
    groups.map(({ pages }) => String(pages)),
    'ceilings no page needs',
  ).toEqual([]);
});

test('no page blocks its first paint on a stylesheet: the critical CSS is inline', () => {
  const blocking = weights.filter(({ weight }) => weight.cssFiles.length > 0).map((w) => w.path);
  expect(blocking).toEqual([]);
});

test(`an article loads at most ${budgets.articleJs} bytes of JavaScript before interaction`, () => {
  const over = weights
    .filter(({ html }) => !isTool(html))
    .filter(({ weight }) => weight.js + weight.inlineJs > budgets.articleJs)
    .map(
      ({ path, weight }) =>
        `${path}: ${weight.js} + ${weight.inlineJs} inline (${weight.jsFiles.join(', ')})`,
    );
  expect(over, 'articles over the JavaScript budget').toEqual([]);
});

test(`the checker’s own JavaScript stays under ${budgets.checkerJs} bytes gzipped`, () => {
  const scripts = checkerScripts(distDir) ?? [];
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  expect(total).toBeGreaterThan(1000);
  expect(total).toBeLessThan(budgets.checkerJs);
  // And it holds no way to talk to a server but the one GET of its data file (`fetchData`; the
  // browser test checks that this GET is the only request and that it carries nothing).
  const code = scripts.map(({ file }) => readFileSync(join(distDir, file), 'utf8')).join('\n');
  expect(code.match(/\bfetch\(/g) ?? [], 'fetch calls').toHaveLength(1);
  expect(code).not.toMatch(
    /XMLHttpRequest|sendBeacon|WebSocket|EventSource|\binnerHTML\b|\beval\(|new Function/,
  );
});
