import { describe, expect, test } from 'vitest';
import { extractHeadings } from '../../../src/lib/build/content-tree';
import {
  causeHref,
  codeHref,
  fieldHref,
  flagHref,
  type CauseAnchor,
} from '../../../src/lib/checker/links';
import { causeIds } from '../../../src/schemas/data';
import { fieldNames } from '../../../src/lib/checker/types';
import { readAllPages } from '../helpers/content';
import { data } from './helpers';
import { localeKeys } from '../../../config/locales';

const pages = readAllPages();
/** Placeholder pages (written by the content issue) do not have their sections yet. */
const placeholder = /Questa pagina è in preparazione|This page is being written/;

/** The page and the heading id an address points to, if the page is there. */
function target(href: string) {
  const [path = '', anchor] = href.split('#');
  const [locale, ...slug] = path.split('/').filter(Boolean);
  const page = pages.find((p) => p.locale === locale && p.slug === slug.join('/'));
  return { page, anchor };
}

const hrefs = localeKeys.flatMap((locale) => [
  ...causeIds.flatMap((id) => [
    causeHref(locale, id),
    causeHref(locale, id, 'what-it-must-do' satisfies CauseAnchor),
  ]),
  ...data[locale].codes.map((c) => codeHref(locale, c)).filter((h): h is string => !!h),
  ...fieldNames.map((f) => fieldHref(locale, f)).filter((h): h is string => !!h),
  flagHref(locale),
]);

describe('the addresses the checker links to', () => {
  test(`all ${hrefs.length} are pages of the site`, () => {
    expect(hrefs.filter((href) => !target(href).page)).toEqual([]);
  });

  test('each section they point at exists, once its page is written', () => {
    const missing = hrefs.filter((href) => {
      const { page, anchor } = target(href);
      if (!anchor || !page || placeholder.test(page.body)) return false;
      return !extractHeadings(page.body).some((h) => h.id === anchor);
    });
    expect(missing).toEqual([]);
  });

  test('53003 goes to its overview, codes with a page to their page, others nowhere', () => {
    const code = (n: string) => data.en.codes.find((c) => c.code === n);
    const c53003 = code('53003');
    const c53000 = code('53000');
    const c50011 = code('50011');
    expect(c53003 && codeHref('en', c53003)).toBe('/en/what-is-53003/');
    expect(c53000 && codeHref('en', c53000)).toBe('/en/codes/53000/');
    expect(c50011 && codeHref('en', c50011)).toBeUndefined();
  });
});
