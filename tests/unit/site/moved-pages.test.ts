import { expect, test } from 'vitest';
import { localeKeys } from '../../../config/locales';
import { movedPages } from '../../../config/moved-pages';
import { readAllPages } from '../helpers/content';

/**
 * config/moved-pages.ts stays true: an old slug is no longer a page (else the 404 never sees its
 * links), and the new one is a page in every language (else the 404 would send readers nowhere).
 */
const slugs = new Map(
  localeKeys.map((locale) => [
    locale,
    new Set(
      readAllPages()
        .filter((page) => page.locale === locale)
        .map((page) => page.slug),
    ),
  ]),
);

test.each(Object.entries(movedPages))('%s moved to %s', (from, to) => {
  for (const locale of localeKeys) {
    expect(slugs.get(locale)?.has(from), `${locale}/${from} is still a page`).toBe(false);
    expect(slugs.get(locale)?.has(to), `${locale}/${to} is a page`).toBe(true);
  }
});

test('the site has pages to check moves against', () => {
  expect(slugs.get('it')?.has('causes/location')).toBe(true);
});
