import AxeBuilder from '@axe-core/playwright';
import { test, expect, open } from './fixtures';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Reads every page URL from the built sitemap, as the site publishes it. */
async function sitemapPaths(
  request: import('@playwright/test').APIRequestContext,
): Promise<string[]> {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths: string[] = [];
  for (const map of maps) {
    const xml = await (await request.get(map)).text();
    paths.push(...[...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
  }
  return paths;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`zero axe violations on every sitemap page (${colorScheme})`, async ({ page, request }) => {
    // About 80 pages, each analysed by axe: a busy CI machine needs more than five minutes.
    test.setTimeout(900_000);
    const paths = await sitemapPaths(request);
    expect(paths.length).toBeGreaterThan(70);
    await page.emulateMedia({ colorScheme });
    const failures: string[] = [];
    for (const path of ['/', '/404.html', ...paths]) {
      if (path === '/404.html') await page.goto(path);
      else if (path === '/') await page.goto('/it/');
      else await open(page, path);
      const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
      for (const v of violations)
        failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(failures).toEqual([]);
  });
}
