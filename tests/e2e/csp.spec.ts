import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, isStockSearchBlock } from './fixtures';

/**
 * The Content Security Policy at work: every page type is visited and used (theme, language,
 * menu, copy buttons, search, the checker) and any violation fails the test. A violation is seen
 * two ways: the `securitypolicyviolation` event, reported to the test through an exposed function
 * (so a violation just before a redirect is not lost), and Chromium's console message.
 *
 * One exception, which removes itself: the blocks of Starlight's stock search, which the lazy
 * search replaces (see `isStockSearchBlock`). Events are matched by their element (inside
 * `<site-search>`, or its script right after it), console messages by the blocked hash.
 */
const test = base.extend<{ violations: string[] }>({
  violations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeFunction('__kbCspViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const element = event.target instanceof Element ? event.target : null;
          if (
            element?.closest('site-search') ||
            element?.previousElementSibling?.localName === 'site-search'
          )
            return;
          const report = (window as unknown as { __kbCspViolation: (text: string) => void })
            .__kbCspViolation;
          report(
            `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ` +
              `(${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
          );
        });
      });
      page.on('console', (message) => {
        const text = message.text();
        if (/content security policy/i.test(text) && !isStockSearchBlock(text))
          violations.push(`console: ${text}`);
      });
      await use(violations);
      expect(violations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens a page, lets its scripts settle, and checks that it carries a policy. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
}

const pageTypes = {
  home: '/en/',
  cause: '/it/causes/location/',
  faq: '/en/faq/',
  checker: '/it/checker/',
  search: '/en/search/?q=vpn',
  codes: '/en/codes/',
  code: '/it/codes/53000/',
  'code blocks': '/en/fix/helpdesk/replies/',
  tools: '/it/tools/',
  'sign-in logs': '/en/tools/sign-in-logs/',
  'what-if': '/it/tools/what-if/',
  404: '/404.html',
};

for (const [type, path] of Object.entries(pageTypes)) {
  test(`${type} (${path}) loads without a violation`, async ({ page }) => {
    await visit(page, path);
  });
}

test('the root chooser redirects without a violation', async ({ page }) => {
  await page.goto('/');
  // The redirect is the chooser's inline script: reaching a language proves the policy let it run.
  await expect(page).toHaveURL(/\/(it|en)\/$/);
  await page.waitForLoadState('networkidle');
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
  await page.waitForLoadState('networkidle');
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

test('a search runs without a violation', async ({ page }) => {
  await visit(page, '/it/');
  // Both the stock search and the lazy one open on Ctrl+K with the query field focused.
  const fragment = page.waitForResponse((r) => /\/pagefind\/.+\.pf_fragment$/.test(r.url()));
  await page.keyboard.press('Control+k');
  // The dialog's code loads on intent: type only once its field has the focus.
  const field = page.getByRole('dialog').getByRole('searchbox').first();
  await expect(field).toBeFocused();
  await field.pressSequentially('vpn', { delay: 50 });
  await fragment;
  await page.waitForLoadState('networkidle');
});

test('the checker gives a result without a violation', async ({ page }) => {
  await visit(page, '/en/checker/');
  const field = page.locator('main form textarea').first();
  test.skip(!(await field.count()), 'the checker has no form yet (the checker issue builds it)');
  await field.fill(
    [
      'Error Code: 53003',
      'Request Id: 4b1c5d2e-9f3a-4c6b-8e7d-1a2b3c4d5e6f',
      'Correlation Id: 9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b',
      'Timestamp: 2026-11-24T09:12:33.000Z',
      'App name: Microsoft Teams',
      'Device platform: Android',
      'IP address: 203.0.113.7',
    ].join('\n'),
  );
  const submit = page
    .locator('main form')
    .first()
    .locator('button[type="submit"], button:not([type])');
  if (await submit.count()) await submit.first().click();
  await expect(page.locator('main [aria-live]').first()).not.toBeEmpty();
});

test('the sign-in log reader reads a file in its worker without a violation', async ({ page }) => {
  await visit(page, '/en/tools/sign-in-logs/');
  await page
    .getByLabel('Sign-in log file (JSON or CSV)')
    .setInputFiles(join(import.meta.dirname, '../unit/signin-logs/fixtures/graph-beta.json'));
  await expect(page.locator('[data-total-blocked]')).toBeVisible();
  await expect(page.locator('[data-policy-name]').first()).toBeVisible();
});

test('the what-if tool evaluates without a violation', async ({ page }) => {
  await visit(page, '/en/tools/what-if/');
  await page
    .getByLabel('Policies file')
    .setInputFiles(join(import.meta.dirname, '../unit/whatif/fixtures/policies.json'));
  await page.getByRole('button', { name: 'Evaluate', exact: true }).click();
  await expect(page.locator('kb-what-if [data-verdict]')).toBeVisible();
  await expect(page.locator('kb-what-if [data-policy-id]').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
});
