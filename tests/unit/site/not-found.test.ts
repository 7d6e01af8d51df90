import { describe, expect, test } from 'vitest';
import { notFoundLocale, planNotFound, type PagesData } from '../../../src/lib/site/not-found';

const locales = ['it', 'en'];
const data = (locale: string): PagesData => ({
  pages: [
    { path: `/${locale}/`, title: 'Home', ids: [] },
    { path: `/${locale}/causes/location/`, title: 'VPN', ids: ['what-you-can-try'] },
    { path: `/${locale}/causes/device/`, title: 'Device', ids: [] },
  ],
  moved: {},
});

describe('the 404’s plan', () => {
  test.each([
    ['/en/nope/', 'it', 'en'],
    ['/it/nope/', 'en', 'it'],
    ['/nope/', 'it', 'it'],
    ['/nope/', 'en', 'en'],
    ['/EN-GB/nope', 'it', 'en'],
  ])('%s for a reader of %s speaks %s', (pathname, preferred, locale) => {
    expect(notFoundLocale({ pathname }, locales, preferred)).toBe(locale);
  });

  test('goes to the one page meant, with its section', () => {
    const plan = planNotFound(
      { pathname: '/en/causes/location/%23what-you-can-try).' },
      locales,
      'it',
      data('en'),
    );
    expect(plan).toMatchObject({ locale: 'en', to: '/en/causes/location/#what-you-can-try' });
  });

  test('offers the pages a cut link may mean, and the words to search', () => {
    const plan = planNotFound({ pathname: '/it/causes/' }, locales, 'it', {
      ...data('it'),
      pages: data('it').pages.filter((page) => page.path !== '/it/'),
    });
    expect(plan.to).toBeUndefined();
    expect(plan.pages.map((page) => page.path)).toEqual([
      '/it/causes/device/',
      '/it/causes/location/',
    ]);
    expect(plan.query).toBe('causes');
  });

  test('the 404 page itself, or no page list, plans nothing but the search words', () => {
    expect(planNotFound({ pathname: '/404.html' }, locales, 'en', data('en'))).toEqual({
      locale: 'en',
      pages: [],
      query: '',
    });
    expect(planNotFound({ pathname: '/en/causes/locat' }, locales, 'en', undefined)).toEqual({
      locale: 'en',
      pages: [],
      query: 'locat',
    });
  });
});
