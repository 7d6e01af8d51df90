import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, locales, pageMap } from './fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Every page the built sitemap publishes (the tests run after the build), plus the language
 * chooser and the 404 page, which the sitemap leaves out. Without a build, the page map.
 */
function sitemapPaths(): string[] {
  const file = join(import.meta.dirname, '../../dist/sitemap-0.xml');
  if (!existsSync(file)) return locales.flatMap((l) => pageMap.map((p) => `/${l}/${p}`));
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
}

const paths = ['/', '/404.html', ...sitemapPaths()];

test('the sitemap covers the whole page map', () => {
  expect(paths.length).toBeGreaterThanOrEqual(2 + pageMap.length * locales.length);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme, javaScriptEnabled: true });
    for (const path of paths) {
      test(`zero violations on ${path}`, async ({ page, problems }) => {
        // The root redirects to a language; check it before it does.
        if (path === '/') await page.route('**/_astro/*.js', (route) => route.abort());
        await page.goto(path);
        if (path === '/404.html' || path === '/') problems.length = 0; // the expected 404 / aborted redirect
        const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
        expect(
          violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
        ).toEqual([]);
      });
    }
  });
}
