import { test as base, expect, type Page } from '@playwright/test';
import { causePages, codePages } from '../../config/sidebar';

/** Every page of the map, without locale. The unit tests prove the content trees hold exactly these. */
export const pageMap = [
  '',
  'what-is-53003/',
  'causes/',
  ...causePages.map((c) => `causes/${c}/`),
  'fix/',
  'fix/user/',
  'fix/helpdesk/',
  'fix/admin/',
  'faq/',
  'details/',
  'codes/',
  ...codePages.map((c) => `codes/${c}/`),
  'checker/',
  'tools/sign-in-logs/',
  'search/',
];

export const locales = ['it', 'en'] as const;

interface Guards {
  /** Console errors and failed requests seen on the page; checked after each test. */
  problems: string[];
}

/**
 * Every test runs behind two guards: any console error fails it, and so does any request that
 * leaves the site's origin (the site promises to load nothing from anyone else). External
 * requests are aborted before they leave the machine.
 */
export const test = base.extend<Guards>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      await page.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
          return route.continue();
        problems.push(`request left the origin: ${url.href}`);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors or requests leaving the origin').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a page and fails unless it answered 200. */
export async function open(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return response;
}

export { expect };
