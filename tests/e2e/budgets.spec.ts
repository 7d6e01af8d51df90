import { test, expect } from '@playwright/test';
import { budgets } from '../../config/budgets';
import { pageWeight } from '../../scripts/lib/page-weight';
import { builtPages, distDir } from './dist';

/**
 * The byte budgets of config/budgets.ts, on the built site. Bytes do not depend on the machine,
 * so these are tests (timings are the benchmark's job: `npm run bench`).
 */
const pages = builtPages();
const weights = pages.map(({ path, html }) => ({ path, html, weight: pageWeight(distDir, html) }));

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

/**
 * The critical CSS is the whole of what a page needs to paint: with the site's stylesheet blocked,
 * the page looks exactly as it does with it (same pixels), in both themes and at phone and desktop
 * widths. A rule the critical CSS lost would show here as a difference.
 */
for (const path of [
  '/it/',
  '/en/causes/location/',
  '/it/faq/',
  '/en/checker/',
  '/it/codes/53000/',
]) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`${path} paints the same without the stylesheet (${theme}, ${width}px)`, async ({
        browser,
      }) => {
        const shots: Buffer[] = [];
        for (const blockStylesheet of [false, true]) {
          const context = await browser.newContext({
            viewport: { width, height: 900 },
            colorScheme: theme,
            reducedMotion: 'reduce',
          });
          const page = await context.newPage();
          if (blockStylesheet) await page.route(/\/_astro\/[^/]+\.css$/, (route) => route.abort());
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          shots.push(await page.screenshot({ fullPage: true, animations: 'disabled' }));
          await context.close();
        }
        expect(shots[1]?.equals(shots[0] ?? Buffer.alloc(0)), 'same pixels').toBe(true);
      });
    }
  }
}
