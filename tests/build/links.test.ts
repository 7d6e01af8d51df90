import { expect, test } from 'vitest';
import { localeKeys } from '../../config/locales';
import { siteUrl } from '../../config/site';
import type { PagesData } from '../../src/lib/site/not-found';
import { builtJson, builtPages } from './dist';

/**
 * Links that leave the site (issue 15), read from dist/: every heading with an id has its `#`
 * and the copy script; the ready replies carry full addresses; the 404's page lists cover every
 * page. That they work in a browser: tests/e2e/links.spec.ts.
 */
const pages = builtPages();
const articles = pages.filter(({ path }) => /^\/(it|en)\//.test(path));
/** Pages whose headings a component writes (lists, search), not Markdown: no section links. */
const listPages = /^\/(it|en)\/(all-pages|search)\/$/;

test('every heading written in a page has its copy-link, and the page its script', () => {
  const missing: string[] = [];
  let headings = 0;
  for (const { path, html } of articles.filter(({ path }) => !listPages.test(path))) {
    // The article's own headings: before the sources list, not those of a tool (ids `kb-…`).
    const content =
      (html.split('class="sl-markdown-content"')[1] ?? '').split('class="page-meta')[0] ?? '';
    const withId = [...content.matchAll(/<h[2-4] id="((?!kb-)[^"]+)"/g)].map((m) => m[1]);
    const linked = new Set([...content.matchAll(/class="kb-a" href="#([^"]+)"/g)].map((m) => m[1]));
    headings += withId.length;
    if (linked.size === 0) missing.push(`${path}: no heading copy-link`);
    for (const id of withId) if (!linked.has(id)) missing.push(`${path}#${id}`);
    if (!/<kb-copy role="status" data-done="[^"]+"/.test(html))
      missing.push(`${path}: no <kb-copy>`);
    if (!/<script type="module" src="\/_astro\/Copy\.astro[^"]*\.js"/.test(html))
      missing.push(`${path}: no copy script`);
  }
  expect(headings).toBeGreaterThan(300);
  expect(missing).toEqual([]);
});

test.each(localeKeys)(
  'the ready replies (%s) hold full addresses, each with a Copy button',
  (locale) => {
    const html = pages.find(({ path }) => path === `/${locale}/fix/helpdesk/replies/`)?.html ?? '';
    const blocks = [...html.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>(<button[^>]*class="kb-copy")?/g)];
    expect(blocks.length).toBeGreaterThanOrEqual(12);
    for (const [, text = '', button] of blocks) {
      expect(text, 'no bare site path').not.toMatch(/(^|[\s(«"])\/(it|en)\//m);
      expect(button, 'a Copy button').toBeTruthy();
    }
    const links = blocks.flatMap(([, text = '']) => text.match(/https?:\/\/[^\s<]+/g) ?? []);
    expect(links.length).toBeGreaterThanOrEqual(12);
    const onSite = new RegExp(`^${siteUrl.replace(/[.]/g, '\\.')}/(it|en)/`);
    for (const link of links) expect(link).toMatch(onSite);
  },
);

test('the reviewed date is a word apart from its label', () => {
  const glued = articles.filter(({ html }) => /[^\s>]<time datetime/.test(html)).map((p) => p.path);
  expect(glued).toEqual([]);
});

test.each(localeKeys)('the 404’s page list (%s) has every page of the language', (locale) => {
  const data = builtJson(`/data/pages-${locale}.json`) as PagesData;
  const built = articles.map(({ path }) => path).filter((path) => path.startsWith(`/${locale}/`));
  expect(data.pages.map((page) => page.path).sort()).toEqual(built.sort());
  expect(data.pages.find((page) => page.path === `/${locale}/causes/location/`)?.ids).toContain(
    'what-you-can-try',
  );
});

test('"Was this page helpful?" is not shown when the build has nowhere to send answers', () => {
  if (process.env['FEEDBACK_EMAIL'] || process.env['FEEDBACK_URL']) return;
  expect(articles.filter(({ html }) => html.includes('kb-feedback')).map((p) => p.path)).toEqual(
    [],
  );
});
