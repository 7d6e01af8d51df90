import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pageMap } from '../../config/pages';
import { copySite } from '../../scripts/lib/site-copy';

/**
 * A language more is one line in config/locales.ts, one content tree and one strings file, and
 * nothing else: this builds a throwaway copy of the site with a third locale, `xx`, made exactly
 * that way (the English tree and strings under a new key), and reads what came out. The copy
 * (scripts/lib/site-copy.ts) is made in test-results/ and removed afterwards.
 */
const root = join(import.meta.dirname, '../..');
let site = '';
let dist = '';

/** A built file of the throwaway site. */
const built = (path: string) => readFileSync(join(dist, path), 'utf8');

beforeAll(() => {
  site = copySite(root, join(root, 'test-results/third-locale'));

  // 1. One line in config/locales.ts.
  const config = join(site, 'config/locales.ts');
  const locales = readFileSync(config, 'utf8');
  const enLine = /^ {2}en: \{.*\},$/m;
  expect(locales).toMatch(enLine);
  writeFileSync(
    config,
    locales.replace(
      enLine,
      (line) => `${line}\n  xx: { label: 'Xx', lang: 'xx', intl: 'en-GB', title: 'Error 53003' },`,
    ),
  );
  // 2. One content tree: the English one, whose links (always with their locale) now stay in xx.
  const tree = join(site, 'src/content/docs/xx');
  cpSync(join(site, 'src/content/docs/en'), tree, { recursive: true });
  for (const file of readdirSync(tree, { recursive: true, encoding: 'utf8' }))
    if (file.endsWith('.mdx'))
      writeFileSync(
        join(tree, file),
        readFileSync(join(tree, file), 'utf8').replace(/([("'\s])\/en\//g, '$1/xx/'),
      );
  // 3. One strings file.
  cpSync(join(site, 'src/content/i18n/en.json'), join(site, 'src/content/i18n/xx.json'));

  dist = join(site, 'dist');
  execFileSync(join(root, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    stdio: 'pipe',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}, 600_000);

afterAll(() => {
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('a third locale, added with one config line, one content tree and one strings file', () => {
  test('every page of the map is built in it, in its language, with the others as alternates', () => {
    for (const slug of pageMap) {
      const html = built(join('xx', slug, 'index.html'));
      expect(html, slug).toMatch(/<html [^>]*lang="xx"/);
      for (const lang of ['it', 'en']) expect(html, slug).toContain(`hreflang="${lang}"`);
    }
    expect(built('it/index.html')).toContain('hreflang="xx"');
  });

  test('the sitemap, the 404 page and the language chooser know it', () => {
    const sitemap = built('sitemap-0.xml');
    expect([...sitemap.matchAll(/<url>/g)]).toHaveLength(pageMap.length * 3);
    expect(built('404.html')).toContain('action="/xx/search/"');
    expect(built('index.html')).toContain('href="/xx/"');
  });

  test('each tool has its data files in it, and search an index', () => {
    for (const file of [
      'checker-xx.json',
      'sign-in-logs-xx.json',
      'what-if-xx.json',
      'what-if-messages-xx.json',
      'search-xx.json',
    ])
      expect(existsSync(join(dist, 'data', file)), file).toBe(true);
    const whatIf = JSON.parse(built('data/what-if-xx.json')) as { locale: string };
    expect(whatIf.locale).toBe('xx');
    expect(readdirSync(join(dist, 'pagefind')).some((f) => f.includes('xx'))).toBe(true);
  });
});
