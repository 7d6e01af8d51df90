import { describe, expect, test } from 'vitest';
import { ancestorIds } from '../../src/lib/breadcrumbs';
import {
  extractFaq,
  jsonLd,
  markdownToText,
  structuredData,
  type PageFacts,
} from '../../src/lib/structured-data';
import { readAllPages } from './helpers/content';

const base: PageFacts = {
  url: 'https://x.example/en/causes/location/',
  title: 'Network, country and VPN',
  description: 'Why a VPN can cause error 53003.',
  lang: 'en',
  kind: 'cause',
  reviewed: new Date('2026-11-24'),
  sources: [{ title: 'Learn', url: 'https://learn.microsoft.com/x' }],
  siteName: 'Error 53003',
  siteUrl: 'https://x.example/en/',
  body: '',
};

describe('ancestorIds', () => {
  test.each([
    ['it/causes/location', ['it', 'it/causes', 'it/causes/location']],
    ['en', ['en']],
    ['en/codes/53000', ['en', 'en/codes', 'en/codes/53000']],
  ])('%s', (id, expected) => expect(ancestorIds(id)).toEqual(expected));
});

describe('structured data', () => {
  test('an article is a TechArticle with its sources and reviewed date', () => {
    const [article] = structuredData(base, []);
    expect(article).toMatchObject({
      '@type': 'TechArticle',
      dateModified: '2026-11-24',
      inLanguage: 'en',
    });
    expect(JSON.stringify(article)).toContain('https://learn.microsoft.com/x');
  });

  test('the FAQ is a FAQPage with one Question per ### heading', () => {
    const body =
      '## Users { #for-users }\n\n### Is it my password? { #wrong-password }\n\nNo. The [password](/en/faq/) was **right**.\n\n### Why? { #why }\n\nBecause.';
    const [faq] = structuredData({ ...base, kind: 'faq', body }, []);
    expect(faq).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        { name: 'Is it my password?', acceptedAnswer: { text: 'No. The password was right.' } },
        { name: 'Why?', acceptedAnswer: { text: 'Because.' } },
      ],
    });
  });

  test('a trail of two or more crumbs adds a BreadcrumbList', () => {
    const data = structuredData(base, [
      { name: 'Home', url: 'https://x.example/en/' },
      { name: 'Causes', url: 'https://x.example/en/causes/' },
    ]);
    expect(data[1]).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [{ position: 1 }, { position: 2 }],
    });
  });

  test('JSON-LD cannot close its script tag', () => {
    expect(jsonLd({ text: '</script><script>alert(1)</script>' })).not.toContain('<');
  });

  test('markdownToText drops markup', () => {
    expect(
      markdownToText('- see `Device state` in [details](/en/details/) <Badge text="x" />'),
    ).toBe('see Device state in details');
  });

  test.each(['it', 'en'] as const)(
    'the real %s FAQ yields every question with an answer',
    (locale) => {
      const page = readAllPages().find((p) => p.locale === locale && p.slug === 'faq');
      const entries = extractFaq(page?.body ?? '');
      expect(entries.length).toBeGreaterThanOrEqual(24);
      for (const e of entries) expect(e.answer.length).toBeGreaterThan(40);
    },
  );
});
