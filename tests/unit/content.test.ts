import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareTrees, extractHeadings } from '../../src/lib/build/content-tree';
import { extractFaq } from '../../src/lib/site/structured-data';
import { frontmatterSchema } from '../../src/schemas/frontmatter';
import { sidebar } from '../../config/sidebar';
import { pageMap } from '../../config/pages';
import { listTree, readAllPages, docsRoot } from './helpers/content';
import { defaultLocale, localeKeys, type Locale } from '../../config/locales';

const pages = readAllPages();
/** Every other language, compared with the default one. */
const others = localeKeys.filter((locale) => locale !== defaultLocale);
const inLocale = (locale: Locale) => pages.filter((p) => p.locale === locale);

describe('content trees', () => {
  test.each(others)('the %s tree mirrors the default language’s', (locale) => {
    expect(compareTrees(listTree(defaultLocale), listTree(locale))).toEqual({
      onlyInFirst: [],
      onlyInSecond: [],
    });
  });

  test('the mirror check reports an orphan page', () => {
    const drift = compareTrees(['faq.mdx', 'causes/vpn.mdx'], ['faq.mdx']);
    expect(drift.onlyInFirst).toEqual(['causes/vpn.mdx']);
  });

  test.each(localeKeys)('every page of the map exists in %s', (locale) => {
    const slugs = new Set(pages.filter((p) => p.locale === locale).map((p) => p.slug));
    expect(pageMap.filter((slug) => !slugs.has(slug))).toEqual([]);
  });

  test('slugs are English words, the same in both trees', () => {
    for (const page of pages) expect(page.slug).toMatch(/^[a-z0-9/-]*$/);
  });
});

describe('frontmatter', () => {
  test.each(pages.map((p) => [`${p.locale}/${p.path}`, p] as const))('%s is valid', (_, page) => {
    const result = frontmatterSchema.safeParse(page.data);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    ).toEqual([]);
  });

  test('the schema rejects a page without sources or description', () => {
    expect(
      frontmatterSchema.safeParse({ kind: 'cause', reviewed: '2026-11-24', sources: [] }).success,
    ).toBe(false);
  });

  test('Microsoft Learn comes first in every source list', () => {
    const offenders = pages
      .filter(
        (p) =>
          !String((p.data.sources as { url: string }[])[0]?.url).startsWith(
            'https://learn.microsoft.com/',
          ),
      )
      .map((p) => `${p.locale}/${p.path}`);
    expect(offenders).toEqual([]);
  });

  test('each code page names its own code', () => {
    for (const page of pages.filter((p) => p.slug.startsWith('codes/'))) {
      expect(page.data.codes).toContain(page.slug.split('/')[1]);
    }
  });
});

describe('headings and anchors', () => {
  test('every heading carries an explicit English id', () => {
    const missing = pages.flatMap((p) =>
      extractHeadings(p.body)
        .filter((h) => !h.id || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(h.id))
        .map((h) => `${p.locale}/${p.path}: "${h.text}"`),
    );
    expect(missing).toEqual([]);
  });

  test.each(others)('%s shares the default language’s heading ids, page by page', (locale) => {
    const drift = inLocale(defaultLocale).flatMap((itPage) => {
      const enPage = inLocale(locale).find((p) => p.path === itPage.path);
      if (!enPage) return [];
      const a = extractHeadings(itPage.body).map((h) => h.id);
      const b = extractHeadings(enPage.body).map((h) => h.id);
      const d = compareTrees(
        a.filter((x): x is string => !!x),
        b.filter((x): x is string => !!x),
      );
      return d.onlyInFirst.length || d.onlyInSecond.length
        ? [`${itPage.path}: ${defaultLocale} ${d.onlyInFirst} / ${locale} ${d.onlyInSecond}`]
        : [];
    });
    expect(drift).toEqual([]);
  });

  test('the heading parser reads ids and skips code fences', () => {
    const headings = extractHeadings(
      '## Uno { #one }\n```md\n## not a heading\n```\n### Due {#two}\n## Tre',
    );
    expect(headings).toEqual([
      { depth: 2, text: 'Uno', id: 'one' },
      { depth: 3, text: 'Due', id: 'two' },
      { depth: 2, text: 'Tre', id: undefined },
    ]);
  });
});

describe('sidebar', () => {
  const slugs =
    JSON.stringify(sidebar)
      .match(/"(?:[a-z0-9-]+\/?)+"/g)
      ?.map((s) => s.slice(1, -1)) ?? [];
  const linked = new Set(slugs.filter((s) => pageMap.includes(s)));

  test('every page of the map but the home page is in the sidebar', () => {
    expect(pageMap.filter((slug) => slug && !linked.has(slug))).toEqual([]);
  });
});

describe('interface strings', () => {
  const read = (locale: string) =>
    JSON.parse(readFileSync(join(docsRoot, '../i18n', `${locale}.json`), 'utf8')) as Record<
      string,
      string
    >;
  const all = Object.fromEntries(localeKeys.map((locale) => [locale, read(locale)]));
  const itStrings = read('it');
  /** Starlight ships English; Italian may override its keys where Starlight's Italian is wrong. */
  const ours = (keys: string[]) =>
    keys.filter(
      (k) =>
        !(
          k.startsWith('search.') ||
          k.startsWith('404.') ||
          k.startsWith('page.draft') ||
          k.startsWith('builtWithStarlight')
        ),
    );

  test.each(others)('%s defines the same keys of ours as the default language', (locale) => {
    expect(ours(Object.keys(all[locale] ?? {})).sort()).toEqual(
      ours(Object.keys(all[defaultLocale] ?? {})).sort(),
    );
  });

  test('the Italian search dialog cancels with "Annulla"', () => {
    expect(itStrings['search.cancelLabel']).toBe('Annulla');
  });

  test('no string is empty', () => {
    for (const value of Object.values(all).flatMap((strings) => Object.values(strings)))
      expect(value.trim()).not.toBe('');
  });
});

describe('FAQ', () => {
  /** The questions of the FAQ's pages (the main one, then the help desk's, the admins' and the command line's). */
  const faqPages = ['faq', 'faq/helpdesk', 'faq/admin', 'faq/command-line'];
  const questions = (locale: Locale) =>
    faqPages.flatMap((slug) =>
      extractFaq(pages.find((p) => p.locale === locale && p.slug === slug)?.body ?? '').map(
        (q) => q.id,
      ),
    );

  test('has at least 24 questions, each a heading with an id', () => {
    expect(questions('it').length).toBeGreaterThanOrEqual(24);
    expect(questions('it').every(Boolean)).toBe(true);
  });

  test.each(others)('asks the same questions in the same order in %s', (locale) => {
    expect(questions(locale)).toEqual(questions(defaultLocale));
  });

  test('answers the password question at #wrong-password', () => {
    expect(questions('it')).toContain('wrong-password');
  });
});

describe('cause pages', () => {
  // Issue 15: a cause page leads with what the reader can try, before the explanation.
  const shape = [
    'try-this-first',
    'how-to-recognise',
    'why-it-happens',
    'what-you-can-try',
    'what-it-must-do',
    'how-to-verify',
    'related-codes',
  ];

  test.each(
    pages
      .filter((p) => p.slug.startsWith('causes/'))
      .map((p) => [`${p.locale}/${p.path}`, p] as const),
  )('%s has the Cause / Fix / Verify shape', (_, page) => {
    const ids = extractHeadings(page.body)
      .filter((h) => h.depth === 2)
      .map((h) => h.id);
    expect(ids).toEqual(shape);
  });
});
