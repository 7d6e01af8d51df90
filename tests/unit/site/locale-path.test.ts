import { expect, test } from 'vitest';
import { pathInLocale } from '../../../src/lib/site/locale-path';
import { localeKeys } from '../../../config/locales';

const known = localeKeys;

test.each([
  ['/it/causes/location/', 'en', '/en/causes/location/'],
  ['/en/causes/location/', 'it', '/it/causes/location/'],
  ['/it/', 'en', '/en/'],
  ['/it', 'en', '/en/'],
  ['/en/faq/', 'en', '/en/faq/'],
  ['/', 'it', '/it/'],
])('%s in %s is %s', (path, locale, expected) =>
  expect(pathInLocale(path, locale, known)).toBe(expected),
);
