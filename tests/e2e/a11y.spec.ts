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
 * The dark theme (the default one) on every page of every language, the root and the 404: axe's
 * structural rules depend on each page's own markup, which differs from page to page and from one
 * language's MDX to the other's. The light theme changes colours only, and colours come from the
 * theme's tokens and the components, not from the words: so it runs on one page of each template
 * in the default language, chosen so that every component the site renders (asides of each kind,
 * tables, code blocks, cards, badges, steps, the three tools' forms, search, the 404) is on one of
 * them. A page listed here that the sitemap no longer publishes fails the sweep.
 *
 * The sidebar is the same list of links on every page of a language but for the current one: it
 * is checked on the root, the 404 and the light sample's pages in every language, and left out of
 * the rest of the dark sweep (it holds a third of each page's nodes, and of axe's time).
 */
const lightSample = [
  '',
  'what-is-53003/',
  'causes/',
  'causes/device/',
  'causes/auth-flow/',
  'codes/',
  'codes/53000/',
  'fix/user/',
  'fix/helpdesk/replies/',
  'fix/admin/changes/',
  'faq/',
  'faq/command-line/',
  'details/',
  'checker/',
  'tools/',
  'tools/sign-in-logs/',
  'tools/what-if/',
  'search/',
  'all-pages/',
].map((slug) => `/${defaultLocale}/${slug}`);
const paths = sitemapPaths();
const unpublished = lightSample.filter((path) => !paths.includes(path));
if (unpublished.length) throw new Error(`Not in the sitemap: ${unpublished.join(', ')}`);
const sweeps = {
  light: ['/', '/404.html', ...lightSample],
  dark: ['/', '/404.html', ...paths],
};
/** Where the sidebar is checked too: the light sample's pages, in every language. */
const sidebarChecked = new Set(
  sweeps.light.flatMap((path) =>
    locales.map((locale) => path.replace(`/${defaultLocale}/`, `/${locale}/`)),
  ),
);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme, javaScriptEnabled: true });
    for (const path of sweeps[colorScheme]) {
      test(`zero violations on ${path}`, async ({ page, problems }) => {
        // The root redirects to a language; check it before it does.
        if (path === '/') await page.route('**/_astro/*.js', (route) => route.abort());
        await page.goto(path);
        if (path === '/404.html' || path === '/') problems.length = 0; // the expected 404 / aborted redirect
        const withSidebar = sidebarChecked.has(path);
        await expectNoAxeViolations(
          page,
          undefined,
          withSidebar ? undefined : '#starlight__sidebar',
        );
      });
    }
  });
}
