import { describe, expect, test } from 'vitest';
import { movedAnchors } from '../../../config/moved-anchors';
import { pageMap } from '../../../config/pages';
import { extractHeadings } from '../../../src/lib/build/content-tree';
import { stubsOf, withStubs } from '../../../src/lib/build/moved-anchors';
import { readAllPages } from '../helpers/content';
import { localeKeys } from '../../../config/locales';

const pages = readAllPages();
const page = (locale: string, slug: string) =>
  pages.find((p) => p.locale === locale && p.slug === slug);
const headingIds = (locale: string, slug: string) =>
  extractHeadings(page(locale, slug)?.body ?? '').map((h) => h.id);

describe('config/moved-anchors.ts', () => {
  const moves = Object.entries(movedAnchors).flatMap(([from, list]) =>
    list.map((move) => ({ from, ...move })),
  );

  test('lists moves between pages of the page map', () => {
    expect(moves.length).toBeGreaterThan(0);
    for (const { from, to } of moves) expect(pageMap).toEqual(expect.arrayContaining([from, to]));
  });

  for (const locale of localeKeys) {
    test(`each moved id left its old page and is a heading of its new one (${locale})`, () => {
      const wrong = moves.flatMap(({ from, to, ids }) =>
        ids.flatMap((id) => [
          ...(headingIds(locale, from).includes(id) ? [`${from}#${id} is still there`] : []),
          ...(headingIds(locale, to).includes(id) ? [] : [`${to}#${id} is missing`]),
        ]),
      );
      expect(wrong).toEqual([]);
    });

    test(`the heading old links land on is there and links to the new page (${locale})`, () => {
      for (const { from, at, to } of moves) {
        expect(headingIds(locale, from), `${from}#${at}`).toContain(at);
        const body = page(locale, from)?.body ?? '';
        const section = body.slice(body.indexOf(`{ #${at} }`)).split(/\n## /)[0] ?? '';
        expect(section, `${from}#${at} links to ${to}`).toContain(`(/${locale}/${to}/`);
      }
    });
  }
});

describe('the stubs', () => {
  test('a page gets, per heading, the ids that moved away from under it', () => {
    const moved = { faq: [{ at: 'for-admins', to: 'faq/admin', ids: ['block-wins', 'what-if'] }] };
    expect(stubsOf(moved, 'faq')).toEqual(new Map([['for-admins', ['block-wins', 'what-if']]]));
    expect(stubsOf(moved, 'details').size).toBe(0);
  });

  test('are empty anchors after the heading text, which stays its only text', () => {
    const heading = {
      type: 'element' as const,
      tagName: 'h2',
      properties: { id: 'for-admins' },
      children: [{ type: 'text', value: 'For admins' }] as unknown[],
    };
    expect(withStubs(heading, ['block-wins'])).toMatchObject({
      tagName: 'h2',
      properties: { id: 'for-admins' },
    });
    expect(withStubs(heading, ['block-wins']).children).toEqual([
      { type: 'text', value: 'For admins' },
      { type: 'element', tagName: 'span', properties: { id: 'block-wins' }, children: [] },
    ]);
  });
});
