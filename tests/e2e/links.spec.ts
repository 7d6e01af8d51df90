import type { Page } from '@playwright/test';
import { siteUrl } from '../../config/site';
import { expect, locales, open, test } from './fixtures';
import { interfaceStrings } from './pages/strings';

/**
 * Links that leave the site (issue 15): what the ready replies and the headings' `#` put on the
 * clipboard is a full address that leads to the right section, and the 404 sends the links mail
 * clients damage to the page they meant, in the link's language. The repair logic itself is
 * tested in tests/unit/site/ (link-recovery, not-found); here, that the pieces are wired.
 */

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * What the page puts on the clipboard, recorded as it is written: other tests running at the same
 * time may use the machine's clipboard too, so reading it back could give their text.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const { clipboard } = navigator;
    if (!clipboard) return; // about:blank, between two links
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (window as unknown as { kbCopied: string }).kbCopied = text;
      return write(text);
    };
  });
});

/** The site's address as this server answers it: copied links name SITE_URL, tests visit here. */
const local = (address: string, baseURL: string | undefined) =>
  address.replace(siteUrl, (baseURL ?? '').replace(/\/$/, ''));

/** The text the page last put on the clipboard. */
const clipboard = (page: Page) =>
  page.evaluate(() => (window as unknown as { kbCopied?: string }).kbCopied ?? '');

/** Drops the document's own 404 from the guards' list: answering 404 is what is being tested. */
function expect404(problems: string[]) {
  const at = problems.findIndex((p) => p.includes('status of 404'));
  if (at >= 0) problems.splice(at, 1);
}

for (const locale of locales) {
  test(`each ready reply (${locale}) pastes as text whose links open the right section`, async ({
    page,
    baseURL,
  }) => {
    // A dozen copies and a dozen page loads: more than the default time on a busy machine.
    test.slow();
    const t = interfaceStrings(locale);
    await open(page, `/${locale}/fix/helpdesk/replies/`);
    const buttons = page.locator('.sl-markdown-content button.kb-copy');
    const count = await buttons.count();
    expect(count).toBeGreaterThanOrEqual(12);
    const links: string[] = [];
    // A mail editor to paste into: a plain text box added to the page stands for one.
    await page.evaluate(() => document.body.append(document.createElement('textarea')));
    const editor = page.locator('body > textarea');
    for (let i = 0; i < count; i++) {
      await buttons.nth(i).click();
      // The button's "Copied" lasts 2.5 s: checked once, not raced on a loaded machine each time.
      if (i === 0) await expect(buttons.nth(i)).toHaveText(t('code.copied'));
      await expect.poll(() => clipboard(page)).not.toBe('');
      const copied = await clipboard(page);
      await editor.fill('');
      await editor.focus();
      await page.keyboard.press('ControlOrMeta+V');
      const pasted = await editor.inputValue();
      expect(pasted, 'what is pasted is what the button copied').toBe(copied);
      expect(pasted, 'no site path without its address').not.toMatch(/(^|\s)\/(it|en)\//);
      links.push(...(pasted.match(/https?:\/\/\S+#[\w-]+/g) ?? []));
      await page.evaluate(() => ((window as unknown as { kbCopied?: string }).kbCopied = ''));
    }
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of new Set(links)) {
      expect(link.startsWith(`${siteUrl}/`), link).toBe(true);
      const id = link.split('#')[1] ?? '';
      // A fresh load each time, as from an e-mail (same page, other section: not a new document).
      await page.goto('about:blank');
      const response = await page.goto(local(link, baseURL), { waitUntil: 'domcontentloaded' });
      expect(response?.status(), link).toBe(200);
      await expect(page.locator(`[id="${id}"]`), link).toBeInViewport();
    }
  });
}

test('the # beside a heading copies its full address and says so', async ({ page }) => {
  const t = interfaceStrings('en');
  await open(page, '/en/causes/location/');
  await page.locator('.kb-h:has(#what-you-can-try) a.kb-a').click();
  const address = `${siteUrl}/en/causes/location/#what-you-can-try`;
  expect(await clipboard(page)).toBe(address);
  await expect(page.getByRole('status').filter({ hasText: t('heading.copied') })).toHaveText(
    `${t('heading.copied')} ${address}`,
  );
  await expect(page).toHaveURL(/#what-you-can-try$/);
});

/** Links as mail clients and gateways leave them, and where the 404 must send them. */
const damaged = [
  ['/it/causes/location/%23what-you-can-try', '/it/causes/location/#what-you-can-try'],
  ['/en/causes/location/%2523what-you-can-try', '/en/causes/location/#what-you-can-try'],
  ['/en/causes/device/).', '/en/causes/device/'],
  ['/it/fix/user/%23quick-tries%3E', '/it/fix/user/#quick-tries'],
  ['/it/causes/locat', '/it/causes/location/'],
  ['/en/fix/helpdesk/repl', '/en/fix/helpdesk/replies/'],
] as const;

for (const [link, to] of damaged) {
  test(`the 404 sends ${link} to ${to}`, async ({ page, problems }) => {
    await page.goto(link);
    expect404(problems);
    await expect(page).toHaveURL((url) => url.pathname + url.hash === to);
    const id = to.split('#')[1];
    if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

for (const [locale, path] of [
  ['en', '/en/nope-missing/'],
  ['it', '/it/qualcosa/che-non-esiste'],
] as const) {
  test(`the 404 for ${path} speaks ${locale} only, offers search with the link's words`, async ({
    page,
    problems,
  }) => {
    const t = interfaceStrings(locale);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect404(problems);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notFound.title'));
    const other = interfaceStrings(locale === 'en' ? 'it' : 'en');
    await expect(page.getByRole('searchbox', { name: other('notFound.search') })).toBeHidden();
    const box = page.getByRole('searchbox', { name: t('notFound.search') });
    await expect(box).toHaveValue(locale === 'en' ? 'nope missing' : 'che non esiste');
    await expect(page.getByRole('link', { name: t('notFound.home') })).toHaveAttribute(
      'href',
      `/${locale}/`,
    );
  });
}
