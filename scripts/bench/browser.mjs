/**
 * Browser measurements for the benchmark, in Chromium driven by Playwright: the JavaScript a page
 * loads before anyone interacts, and the bytes of a first search. Requests that would leave the
 * site are aborted and counted (there must be none).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { gzipSize } from '../lib/page-weight.ts';

/** Debian's Chromium unless CHROMIUM_PATH says otherwise (as in playwright.config.ts). */
export const chromiumPath =
  process.env.CHROMIUM_PATH ??
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Starts a headless Chromium that does not call home. */
export function launchBrowser() {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh page that records responses and aborts anything leaving `origin`. */
async function openPage(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const offsite = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:')
      return route.continue();
    offsite.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { context, page, offsite };
}

/** Bytes a response costs on the wire: text gzipped by the server, binary as is. */
async function wireBytes(response) {
  let body;
  try {
    body = await response.body();
  } catch {
    return 0;
  }
  const type = response.headers()['content-type'] ?? '';
  const path = new URL(response.url()).pathname;
  const text = /javascript|css|json|html|svg|text\//.test(type) || /\.(m?js|css|json)$/.test(path);
  return text ? gzipSize(body) : body.length;
}

/**
 * JavaScript loaded before interaction: every script response from navigation until the load
 * event and a quiet network, gzipped.
 * @returns {Promise<{ bytes: number, files: string[], offsite: string[] }>}
 */
export async function jsBeforeInteraction(browser, url) {
  const { context, page, offsite } = await openPage(browser, new URL(url).origin);
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const response of scripts) bytes += await wireBytes(response);
  await context.close();
  return { bytes, files: scripts.map((r) => new URL(r.url()).pathname), offsite };
}

/**
 * The bytes of a first search: open the page, press Ctrl+K (both the stock and the lazy search
 * open on it with the field focused), type the query, and count every response from the key press
 * until the results' fragments arrived and the network is quiet.
 * @returns {Promise<{ bytes: number, requests: number, offsite: string[] } | { error: string }>}
 */
export async function firstSearch(browser, url, query) {
  const { context, page, offsite } = await openPage(browser, new URL(url).origin);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const responses = [];
    page.on('response', (response) => responses.push(response));
    const fragment = page.waitForResponse((r) => /\/pagefind\/.+\.pf_fragment$/.test(r.url()), {
      timeout: 30_000,
    });
    await page.keyboard.press('Control+k');
    // The dialog's code loads on intent: type once its field has the focus, as a person would.
    const field = page.getByRole('dialog').getByRole('searchbox').first();
    await field.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('type') === 'search',
      null,
      {
        timeout: 30_000,
      },
    );
    await field.pressSequentially(query, { delay: 60 });
    await fragment;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    let bytes = 0;
    for (const response of responses) bytes += await wireBytes(response);
    return { bytes, requests: responses.length, offsite };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await context.close();
  }
}
