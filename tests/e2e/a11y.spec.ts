import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale } from '../../config/locales';
import { test, expectNoAxeViolations, locales, pageMap } from './fixtures';

/**
 * axe on every page the built sitemap publishes, plus the language chooser and the 404 page,
 * which the sitemap leaves out. The tests run after the build: without its sitemap this file
 * fails, rather than fall back to a list that could not disagree with itself.
 */
function sitemapPaths(): string[] {
  const file = join(import.meta.dirname, '../../dist/sitemap-0.xml');
  if (!existsSync(file)) throw new Error('No dist/sitemap-0.xml: run `npm run build` first.');
  const xml = readFileSync(file, 'utf8');
  const paths = [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  // tests/build/pages.test.ts checks the sitemap itself; this only refuses a sweep that is short.
  if (paths.length < pageMap.length * locales.length)
    throw new Error(`The sitemap lists ${paths.length} pages, the page map has more.`);
  return paths;
}

/**
 * Both themes on the default language's pages, the root and the 404; the other languages' pages,
 * built from the same templates and components with other words, in the dark theme (the default
 * one). Colours and structure are what axe checks, and those do not change with the language.
 */
const paths = sitemapPaths();
const sweeps = {
  light: ['/', '/404.html', ...paths.filter((p) => p.startsWith(`/${defaultLocale}/`))],
  dark: ['/', '/404.html', ...paths],
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme, javaScriptEnabled: true });
    for (const path of sweeps[colorScheme]) {
      test(`zero violations on ${path}`, async ({ page, problems }) => {
        // The root redirects to a language; check it before it does.
        if (path === '/') await page.route('**/_astro/*.js', (route) => route.abort());
        await page.goto(path);
        if (path === '/404.html' || path === '/') problems.length = 0; // the expected 404 / aborted redirect
        await expectNoAxeViolations(page);
      });
    }
  });
}
