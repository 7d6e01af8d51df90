import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The Content Security Policy at work where no other test goes: the chrome's own scripts (theme,
 * language, copy buttons, the mobile menu and table of contents) and the root's redirect. Every
 * e2e test fails on a policy violation (tests/e2e/fixtures.ts), so the pages, the search and the
 * tools are covered by their own tests; the policies as written are read from dist/ by
 * tests/build/csp.test.ts.
 */

/** Opens a page and checks that it carries a policy. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
}

test('the root chooser redirects without a violation', async ({ page }) => {
  await page.goto('/');
  // The redirect is the chooser's inline script: reaching a language proves the policy let it run.
  await expect(page).toHaveURL(/\/(it|en)\/$/);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
});

test('theme, language and copy buttons work without a violation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, '/en/fix/helpdesk/replies/');
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Copy' }).first().click();
  await expect(page.getByRole('button', { name: 'Copied' }).first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Select language' }).first().selectOption('Italiano');
  await expect(page).toHaveURL(/\/it\/fix\/helpdesk\/replies\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
});

test('the mobile menu and table of contents open without a violation', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await visit(page, '/en/causes/device/');
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link').first(),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('summary', { hasText: 'On this page' }).click();
  await expect(page.getByRole('link', { name: 'How to verify' }).first()).toBeVisible();
});
