import { describe, expect, test } from 'vitest';
import { extractHeadings } from '../../../src/lib/build/content-tree';
import { loadQueries, rankOf, readQueries, splitOf } from '../../../scripts/lib/search-eval.mjs';
import { readAllPages } from '../helpers/content';

const pages = readAllPages();

describe.each(['it', 'en'] as const)('the %s query set', (lang) => {
  const queries = loadQueries(lang);
  const ids = new Map(
    pages
      .filter((p) => p.locale === lang)
      .map((p) => [
        `/${lang}/${p.slug ? `${p.slug}/` : ''}`,
        new Set(extractHeadings(p.body).map((h) => h.id)),
      ]),
  );

  test('has at least 150 queries, none repeated', () => {
    expect(queries.length).toBeGreaterThanOrEqual(150);
    const texts = queries.map((q) => q.q.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  test('expects pages and sections that exist', () => {
    const broken = queries.flatMap((q) =>
      (Array.isArray(q.expect) ? q.expect : [q.expect])
        .filter((want) => {
          const [path = '', section] = want.split('#');
          const headings = ids.get(path);
          return !headings || (section !== undefined && !headings.has(section));
        })
        .map((want) => `"${q.q}" → ${want}`),
    );
    expect(broken).toEqual([]);
  });

  test('holds back about a third of the split file, and none of the tuning-only batch', () => {
    const split = readQueries(`queries.${lang}.json`);
    const held = queries.filter((q) => q.set === 'held-back');
    expect(held.length / split.length).toBeGreaterThan(0.25);
    expect(held.length / split.length).toBeLessThan(0.42);
    expect(held.every((q) => splitOf(q.q) === 'held-back')).toBe(true);
  });
});

describe('splitOf', () => {
  test('depends on the words only, not on case or spacing', () => {
    expect(splitOf('Break  glass Account')).toBe(splitOf('break glass account'));
  });
});

describe('rankOf', () => {
  const shown = [
    { path: '/en/faq/', sections: ['vpn', 'abroad'] },
    { path: '/en/causes/location/', sections: [] },
  ];

  test('finds the first result on an expected page', () => {
    expect(rankOf(shown, ['/en/causes/location/'])).toBe(2);
    expect(rankOf(shown, ['/en/causes/location/', '/en/faq/'])).toBe(1);
  });

  test('wants the section among the result’s section links when one is named', () => {
    expect(rankOf(shown, ['/en/faq/#abroad'])).toBe(1);
    expect(rankOf(shown, ['/en/faq/#how-long'])).toBe(0);
  });
});
