import { test, expect, open } from './fixtures';

/**
 * The site in a browser: sources under every page, the root's language choice, the language
 * switcher, the 404 page, and links to sections that moved. That every page of the map is built,
 * in its language, with its alternates, is read from dist/ by tests/build/pages.test.ts.
 */

test('every page lists its sources and its reviewed date', async ({ page }) => {
  await open(page, '/en/causes/location/');
  const meta = page.getByRole('complementary', { name: 'Sources' });
  await expect(meta.getByRole('heading', { name: 'Sources' })).toBeVisible();
  await expect(meta.locator('a[href^="https://learn.microsoft.com/"]').first()).toBeVisible();
  await expect(meta.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await open(page, '/it/causes/location/');
  await expect(page.getByRole('complementary', { name: 'Fonti' })).toBeVisible();
});

test.describe('the root', () => {
  test.describe('with an Italian browser', () => {
    test.use({ locale: 'it-IT' });
    test('goes to /it/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/it\/$/);
    });
  });

  test.describe('with a German browser', () => {
    test.use({ locale: 'de-DE' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows both languages', async ({ page }) => {
      await open(page, '/');
      await expect(page.getByRole('link', { name: 'Italiano' })).toHaveAttribute('href', '/it/');
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    });
  });
});

test('the language switcher keeps the page', async ({ page }) => {
  await open(page, '/it/causes/location/');
  await page
    .getByRole('combobox', { name: 'Seleziona lingua' })
    .first()
    .selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/en\/causes\/location\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // With it, the 404 speaks the link's language and recovers the link: tests/e2e/links.spec.ts.
  test('a missing page answers 404 with search and the way home in both languages', async ({
    page,
    problems,
  }) => {
    const response = await page.goto('/it/causes/no-such-page/');
    expect(response?.status()).toBe(404);
    // The browser logs the 404 of the document itself: that one is the point of this test.
    const expected = problems.findIndex((p) => p.includes('status of 404'));
    if (expected >= 0) problems.splice(expected, 1);
    await expect(page.getByRole('searchbox', { name: 'Cerca nel sito' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the site' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Vai alla pagina iniziale' })).toHaveAttribute(
      'href',
      '/it/',
    );
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
      'href',
      '/en/',
    );
  });
});

test('the Italian search dialog offers "Annulla"', async ({ page }) => {
  await page.setViewportSize({ width: 400, height: 800 });
  await open(page, '/it/');
  await page.getByRole('button', { name: 'Cerca' }).first().click();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Annulla' })).toBeVisible();
});

test.describe('links to sections that moved to another page', () => {
  for (const [from, at, to] of [
    ['/it/fix/admin/#never-do', 'fix-safely', '/it/fix/admin/changes/'],
    ['/en/faq/#block-wins', 'for-admins', '/en/faq/admin/'],
    ['/it/fix/helpdesk/#reply-location', 'ready-replies', '/it/fix/helpdesk/replies/'],
  ] as const) {
    test(`${from} lands on the section that leads to ${to}`, async ({ page }) => {
      await open(page, from);
      const heading = page.locator(`h2[id="${at}"]`);
      await expect(heading).toBeInViewport();
      const id = from.split('#')[1] ?? '';
      await page.locator(`.kb-h:has(#${at}) ~ * a[href^="${to}"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`${to.replace(/[/.]/g, '\\$&')}`));
      await page.goto(`${to}#${id}`);
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  }
});
