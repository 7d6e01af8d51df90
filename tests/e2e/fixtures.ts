import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { localeKeys } from '../../config/locales';
import { pageMap as pages } from '../../config/pages';

/** Every page of the map, without locale, as its URL path ends (`causes/location/`). */
export const pageMap = pages.map((slug) => (slug ? `${slug}/` : ''));

/** The site's languages (config/locales.ts). */
export const locales = localeKeys;

interface Guards {
  /** Console errors, failed requests and policy violations seen on the page; checked after each test. */
  problems: string[];
}

/**
 * Every test runs behind these guards: any console error fails it, so does any request that
 * leaves the site's origin (the site promises to load nothing from anyone else; such requests are
 * aborted before they leave the machine), and so does any Content Security Policy violation, seen
 * by the page's `securitypolicyviolation` event (reported through an exposed function, so that one
 * just before a navigation is not lost) as well as by Chromium's console message. No exceptions.
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
      await page.exposeFunction('__kbCspViolation', (text: string) =>
        problems.push(`policy violation: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __kbCspViolation: (text: string) => void })
            .__kbCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
              `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
          );
        });
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, requests leaving the origin, policy violations').toEqual(
        [],
      );
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

/** The accessibility rules every page is held to (Starlight's docs site runs the same set). */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe on the page (or on `include`, a selector), leaving out `exclude` (a selector) if given,
 * and fails on any violation.
 */
export async function expectNoAxeViolations(page: Page, include?: string, exclude?: string) {
  let builder = new AxeBuilder({ page }).withTags(axeTags);
  if (include) builder = builder.include(include);
  if (exclude) builder = builder.exclude(exclude);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`),
  ).toEqual([]);
}

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
