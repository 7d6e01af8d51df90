import { createHash } from 'node:crypto';
import { test as base, expect, type Page } from '@playwright/test';
import { pageMap as pages } from '../../config/pages';

/** Every page of the map, without locale, as its URL path ends (`causes/location/`). */
export const pageMap = pages.map((slug) => (slug ? `${slug}/` : ''));

export const locales = ['it', 'en'] as const;

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * Starlight's stock search renders two style attributes and an inline script that the site's
 * Content Security Policy refuses: config/csp.ts does not allow them, because the lazy search
 * replaces that component. Until it lands, Chromium's reports of exactly these three blocks (the
 * report names the hash of what it blocked) are not counted as errors. Nothing else is excused,
 * and once the stock search is gone these reports cannot occur.
 */
const stockSearchBlocks = [
  sha256('padding:0'),
  sha256('display: none;'),
  // Its inline script that shows the Ctrl K hint (Starlight 0.42's Search.astro, verbatim).
  'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko=',
];

/** Whether a console message reports one of the stock search's blocks, and nothing else. */
export const isStockSearchBlock = (text: string) =>
  /content security policy/i.test(text) && stockSearchBlocks.some((h) => text.includes(`'${h}'`));

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
        if (message.type() === 'error' && !isStockSearchBlock(message.text()))
          problems.push(`console error: ${message.text()}`);
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

/**
 * Records every request the page makes from now on, once it has finished loading (the browser
 * fetches the favicon on its own schedule). For the tools that read what the reader gives them:
 * see `unexpectedRequests`.
 */
export async function watchRequests(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const seen: string[] = [];
  page.on('request', (request) => {
    // Whatever the address, nothing may carry a body: that is how the reader's input would leave.
    const body = request.postDataBuffer();
    seen.push(
      `${request.method()} ${request.url()}${body?.length ? ` (${body.length} bytes)` : ''}`,
    );
  });
  return seen;
}

/**
 * The recorded requests that are not a body-less GET of the site's own script chunks or data
 * files (which a tool loads on use), of the favicon, or of a `blob:` address (a file the page
 * itself made, for a download). Any other could carry the input.
 */
export function unexpectedRequests(seen: string[], origin: string): string[] {
  return seen.filter((line) => {
    const [method = '', url = '', extra] = line.split(' ');
    if (method !== 'GET' || extra) return true;
    const u = new URL(url);
    if (u.protocol === 'blob:') return false;
    if (u.origin === origin && u.pathname === '/favicon.svg') return false;
    return !(
      u.origin === origin &&
      !u.search &&
      /^\/(_astro\/[\w.-]+\.js|data\/[\w-]+\.json)$/.test(u.pathname)
    );
  });
}
