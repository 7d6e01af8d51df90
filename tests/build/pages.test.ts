import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localeKeys, locales } from '../../config/locales';
import { movedAnchors } from '../../config/moved-anchors';
import { pageMap } from '../../config/pages';
import { siteUrl } from '../../config/site';
import { builtFile, distDir } from './dist';

/**
 * Every page of the map in every language, read from dist/: the file a host serves exists, in the
 * page's language, with a title and the alternates of every language. (That the pages answer and
 * work in a browser: tests/e2e.)
 */
const path = (locale: string, slug: string) => `/${locale}/${slug ? `${slug}/` : ''}`;

describe.each(localeKeys)('the %s pages', (locale) => {
  test.each(pageMap)(`/${locale}/%s`, (slug) => {
    const file = join(distDir, locale, slug, 'index.html');
    expect(existsSync(file), `${file} is built`).toBe(true);
    const html = builtFile(path(locale, slug)).toString('utf8');
    expect(html).toMatch(new RegExp(`<html [^>]*lang="${locales[locale].lang}"`));
    expect(
      /<h1[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .trim(),
    ).toBeTruthy();
    const alternates = [
      ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
    ]
      .map(([, lang = '', href = '']) => `${lang} ${new URL(href).pathname}`)
      .sort();
    for (const other of localeKeys)
      expect(alternates).toContain(`${locales[other].lang} ${path(other, slug)}`);
  });
});

test('the sitemap lists every page with its alternates, and not the root', () => {
  const xml = builtFile('/sitemap-0.xml').toString('utf8');
  const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1] ?? '');
  expect(entries).toHaveLength(pageMap.length * localeKeys.length);
  for (const entry of entries) {
    const loc = new URL(/<loc>(.*?)<\/loc>/.exec(entry)?.[1] ?? '').pathname;
    expect(loc).not.toBe('/');
    const rest = loc.replace(/^\/[^/]+\//, '');
    for (const locale of localeKeys)
      expect(entry).toContain(
        `hreflang="${locales[locale].lang}" href="${siteUrl}/${locale}/${rest}"`,
      );
  }
});

test('old links to sections that moved still land: their ids are on the old page', () => {
  for (const [slug, moves] of Object.entries(movedAnchors))
    for (const locale of localeKeys) {
      const html = builtFile(path(locale, slug)).toString('utf8');
      for (const { ids } of moves)
        for (const id of ids) expect(html, `${locale}/${slug}#${id}`).toContain(`id="${id}"`);
    }
});
