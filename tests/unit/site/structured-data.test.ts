import { describe, expect, test } from 'vitest';
import { ancestorIds } from '../../../src/lib/site/breadcrumbs';
import {
  conciseAnswer,
  extractFaq,
  jsonLd,
  markdownToText,
  structuredData,
  type PageFacts,
} from '../../../src/lib/site/structured-data';
import { readAllPages } from '../helpers/content';
import { localeKeys } from '../../../config/locales';

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

  test.each(localeKeys)('the real %s FAQ yields every question with an answer', (locale) => {
    const entries = readAllPages()
      .filter((p) => p.locale === locale && /^faq(\/|$)/.test(p.slug))
      .flatMap((p) => extractFaq(p.body));
    expect(entries.length).toBeGreaterThanOrEqual(24);
    for (const e of entries) expect(e.answer.length).toBeGreaterThan(40);
  });
});

describe('concise FAQ answers', () => {
  test.each([
    ['No. The password was right.', 'No. The password was right.'],
    [
      'A first sentence long enough to stand alone as the short answer. A second one.',
      'A first sentence long enough to stand alone as the short answer.',
    ],
    ['Short. Also short. And a third.', 'Short. Also short. And a third.'],
    ['Version 1.2 is fine', 'Version 1.2 is fine'],
  ])('%s', (answer, expected) => expect(conciseAnswer(answer)).toBe(expected));

  test('a very long first sentence is cut at a word, under the maximum', () => {
    const text = conciseAnswer(`${'word '.repeat(100)}end.`, 40, 60);
    expect(text.length).toBeLessThanOrEqual(60);
    expect(text).toMatch(/word…$/);
  });

  test('each question links to its full answer', () => {
    const body = '### Is it my password? { #wrong-password }\n\nNo.';
    const [faq] = structuredData({ ...base, kind: 'faq', body }, []);
    expect(faq).toMatchObject({
      mainEntity: [{ url: 'https://x.example/en/causes/location/#wrong-password' }],
    });
  });
});

test('on a FAQ page without groups, the questions are its ## headings', () => {
  const body =
    '## First? { #one }\n\nAn answer long enough.\n\n```\n### not a question\n```\n\n## Second? { #two }\n\nAnother answer.';
  expect(extractFaq(body).map((e) => e.id)).toEqual(['one', 'two']);
  expect(extractFaq('## Group\n\n### Q? { #q }\n\nA.').map((e) => e.id)).toEqual(['q']);
});
