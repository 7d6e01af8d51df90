import type { Browser } from '@playwright/test';
import { test, expect } from '@playwright/test';

/**
 * The critical CSS is the whole of what a page needs to paint: with the site's stylesheets
 * blocked, the page looks exactly as it does with them (same pixels), in both themes and at phone
 * and desktop widths. A rule the critical CSS lost would show here as a difference, every time;
 * Chromium sometimes antialiases a rounded corner (the phone's table-of-contents bar) differently
 * from one load to the next, more often on a loaded machine, so differing shots are taken again,
 * up to six of each kind. (The byte budgets are read from dist/: tests/build/budgets.test.ts.)
 */
/** One page per template: the home, an article (code pages use the same one), the FAQ, a tool. */
const paths = ['/it/', '/en/causes/location/', '/it/faq/', '/en/checker/'];

/** A full-page screenshot, with or without the site's stylesheets. */
async function shot(
  browser: Browser,
  path: string,
  options: { width: number; theme: 'light' | 'dark'; blockStylesheet: boolean },
): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.theme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (options.blockStylesheet) await page.route(/\/_astro\/[^/]+\.css$/, (route) => route.abort());
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Let the page's own scripts settle (the table of contents marks the current section after a
  // frame or two): the two shots must differ by their CSS only.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await page.evaluate(() => document.fonts.ready);
  const image = await page.screenshot({ fullPage: true, animations: 'disabled' });
  await context.close();
  return image;
}

for (const path of paths) {
  for (const theme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      test(`${path} paints the same without the stylesheet (${theme}, ${width}px)`, async ({
        browser,
      }) => {
        test.setTimeout(120_000);
        // Every shot of each kind is kept: the page passes when one with the stylesheets and one
        // without are the same, which a lost rule never allows.
        const withCss: Buffer[] = [];
        const without: Buffer[] = [];
        let same = false;
        for (let attempt = 0; attempt < 6 && !same; attempt++) {
          withCss.push(await shot(browser, path, { width, theme, blockStylesheet: false }));
          without.push(await shot(browser, path, { width, theme, blockStylesheet: true }));
          same = withCss.some((a) => without.some((b) => a.equals(b)));
        }
        expect(same, 'same pixels').toBe(true);
      });
    }
  }
}
