import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { test as base, expect, expectNoAxeViolations, open, locales } from './fixtures';
import { CheckerPage } from './pages/checker';
import { fieldNames } from '../../src/lib/checker/types';
import type { Locale } from '../../config/locales';

/**
 * The checker in a browser: paste, answer, read the ranked causes, copy the message for IT; the
 * state in the fragment; the keyboard; bad input; no JavaScript; its data file. How long a result
 * takes is the benchmark's job (`npm run bench:checker`); its bytes are tests/build's.
 */
const fixture = (name: string) => readFileSync(`tests/unit/fixtures/details/${name}`, 'utf8');
const cli = fixture('53003-azure-cli-unregistered.txt');
/** The fields of the page's box (the flow, resource and user come from other pastes). */
const allFields = fieldNames.filter((f) => !['flow', 'resource', 'user'].includes(f));

const test = base.extend<{ checker: (locale: Locale) => CheckerPage }>({
  checker: async ({ page }, use) => {
    await use((locale) => new CheckerPage(page, locale));
  },
});

for (const locale of locales) {
  test.describe(`the checker in ${locale}`, () => {
    test('paste, answer, see the ranked causes, copy the message for IT', async ({
      checker,
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const c = checker(locale);
      await c.open();
      await page.waitForLoadState('networkidle');
      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));

      await c.paste(cli);
      await expect.poll(() => c.fields()).toEqual(allFields);
      await expect(c.field('requestId')).toContainText('790d21d9-68fb-457f-b1a4-674c11e3bf00');
      await expect(c.field('appId')).toContainText('Microsoft Azure CLI');
      const codeLink = c.s('checker.note.codePage').replace('{code}', '53003');
      await expect(c.field('errorCode').getByRole('link', { name: codeLink })).toHaveAttribute(
        'href',
        `/${locale}/what-is-53003/`,
      );
      await expect
        .poll(() => c.causes())
        .toEqual(['device', 'client-app', 'auth-flow', 'assignment']);

      await c.option('devicecode', 'yes').check();
      await c.option('vpn', 'no').check();
      await expect.poll(async () => (await c.causes())[0]).toBe('auth-flow');
      const top = page.locator('kb-checker [data-cause]').first();
      await expect(c.status).toContainText(
        (await top.getByRole('link').first().textContent()) ?? '-',
      );
      await expect(top.getByRole('link').first()).toHaveAttribute(
        'href',
        `/${locale}/causes/auth-flow/`,
      );
      await expect(top).toContainText(c.s('checker.confidence.strong'));
      await expect(top).toContainText(c.s('checker.causes.tryNow'));

      // The whole state is in the fragment, never in the query.
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('devicecode=yes');
      expect(await page.evaluate(() => location.search)).toBe('');
      expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(
        'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00',
      );

      await page
        .getByRole('button', { name: c.s('checker.ticket.copy') })
        .last()
        .click();
      await expect(c.copyStatus).toHaveText(c.s('checker.ticket.copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('790d21d9-68fb-457f-b1a4-674c11e3bf00');
      expect(copied).toContain('198.51.100.23');
      expect(copied).toContain('Flagged for review');
      expect(copied).toContain(c.s('checker.ticket.greeting'));
      // Every link of the message opens from an e-mail: absolute, on the site's address.
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        new RegExp(`https://[^\\s/]+/${locale}/causes/auth-flow/#what-it-must-do`),
      );
      const mail = page.getByRole('link', { name: c.s('checker.ticket.mail') }).last();
      expect(await mail.getAttribute('href')).toMatch(/^mailto:\?subject=.+&body=.+790d21d9/);

      await page.getByRole('checkbox', { name: c.s('checker.ticket.redact') }).check();
      await expect(c.ticket).not.toHaveValue(/198\.51\.100\.23/);
      await expect(c.ticket).toHaveValue(/790d21d9-68fb-457f-b1a4-674c11e3bf00/);

      // Chromium fetches the site's icon again when the address changes; nothing else may go
      // out, and nothing the person pasted may appear in any request.
      const origin = new URL(page.url()).origin;
      expect(requests.filter((r) => r !== `GET ${origin}/favicon.svg`)).toEqual([]);
      expect(requests.filter((r) => /790d21d9|62e76ee1|198\.51/.test(r))).toEqual([]);
    });

    test('a shared link restores the state at once; reset clears it', async ({ checker, page }) => {
      const c = checker(locale);
      const details = encodeURIComponent(fixture('53003-teams-web-domainjoined.txt'));
      await c.open(`#details=${details}&vpn=yes&owner=work&tried=network`);
      await expect.poll(() => c.fields()).toEqual(allFields);
      await expect.poll(() => c.causes()).toEqual(['location', 'assignment']);
      await expect(c.option('vpn', 'yes')).toBeChecked();
      await expect(c.option('owner', 'work')).toBeChecked();
      await expect(c.option('abroad', 'unknown')).toBeChecked();
      await expect(c.details).toHaveValue(/e967519f-4d98-4796-922e-0db042238a00/);
      await expect(c.ticket).toHaveValue(new RegExp(c.s('checker.tried.network')));

      // Changing the fragment by hand (another link pasted in the same tab) restores again.
      await page.evaluate(() => {
        location.hash = 'details=Error%20Code%3A%2053003%0ADevice%20platform%3A%20Linux';
      });
      await expect.poll(() => c.causes()).toEqual(['platform', 'device']);
      await expect(c.option('vpn', 'unknown')).toBeChecked();

      await page.getByRole('button', { name: c.s('checker.reset') }).click();
      await expect(c.details).toHaveValue('');
      await expect(c.details).toBeFocused();
      await expect.poll(() => c.fields()).toEqual([]);
      await expect.poll(() => c.causes()).toEqual([]);
      await expect(c.status).toHaveText(c.s('checker.status.idle'));
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    });

    test('works with the keyboard alone', async ({ checker, page, context }) => {
      test.setTimeout(90_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const c = checker(locale);
      await c.open();
      /** Presses Tab until `target` has the focus; fails if it never does. */
      const tabTo = async (target: Locator, max = 80) => {
        for (let i = 0; i < max; i++) {
          if (await target.evaluate((el) => el === document.activeElement)) return;
          await page.keyboard.press('Tab');
        }
        throw new Error('never reached by Tab');
      };
      await tabTo(c.details);
      await page.keyboard.type('Error Code: 53003\nDevice state: Unregistered\n');
      await page.keyboard.press('Tab');
      // First question: the focus lands on its checked radio ("don't know"); arrows choose.
      await expect(c.option('vpn', 'unknown')).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await expect(c.option('vpn', 'yes')).toBeChecked();
      const submit = page.getByRole('button', { name: c.s('checker.submit') });
      await tabTo(submit);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: c.s('checker.result.title') })).toBeFocused();
      await expect.poll(async () => (await c.causes())[0]).toBe('location');
      await tabTo(page.getByRole('button', { name: c.s('checker.ticket.copy') }).last(), 200);
      await page.keyboard.press('Enter');
      await expect(c.copyStatus).toHaveText(c.s('checker.ticket.copied'));
    });

    test('garbage and a 5 MB paste get a clear message and a working form', async ({
      checker,
      page,
      context,
    }) => {
      test.setTimeout(90_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const c = checker(locale);
      await c.open();
      await c.details.fill(fixture('synthetic-garbage.txt'));
      await expect(c.status).toHaveText(c.s('checker.status.nothing'));
      await expect(c.result.getByRole('list').first()).toContainText(c.s('checker.notice.nothing'));
      await expect.poll(() => c.fields()).toEqual([]);

      // Five megabytes of short lines: cut to what the checker reads before the browser lays
      // them out, and the notice says how much was pasted.
      await page.getByRole('button', { name: c.s('checker.reset') }).click();
      const big = cli + 'x7#é €\n'.repeat(750_000);
      await c.paste(big);
      await expect(c.result.getByRole('list').first()).toContainText(
        big.length.toLocaleString(locale),
      );
      await expect(c.details).toHaveValue(/^You don't have access to this/);
      expect(await c.details.evaluate((el: HTMLTextAreaElement) => el.value.length)).toBe(65_536);
      await expect.poll(() => c.fields()).toEqual(allFields);
      // Still responsive.
      await c.option('vpn', 'yes').check();
      await expect.poll(async () => (await c.causes())[0]).toBe('location');
      await page.getByRole('button', { name: c.s('checker.reset') }).click();
      await expect(c.details).toHaveValue('');
    });

    test('on a phone the result starts under the paste box and ends in the message for IT', async ({
      checker,
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.setViewportSize({ width: 390, height: 844 });
      const c = checker(locale);
      await c.open(`#details=${encodeURIComponent(cli)}&devicecode=yes`);
      const summary = page.getByRole('region', { name: c.s('checker.summary.title') });
      await expect(summary).toBeVisible();
      await expect(summary).toContainText(c.s('checker.summary.try'));
      // Right under the paste box, before the questions.
      const top = await summary.evaluate((el) => el.getBoundingClientRect().top + scrollY);
      const box = await c.details.evaluate((el) => el.getBoundingClientRect().bottom + scrollY);
      expect(top - box).toBeLessThan(200);
      await summary.getByRole('button', { name: c.s('checker.ticket.copy') }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        '790d21d9-68fb-457f-b1a4-674c11e3bf00',
      );
      await expect(summary.getByRole('link', { name: c.s('checker.ticket.mail') })).toHaveAttribute(
        'href',
        /^mailto:\?subject=/,
      );
      // The field cards come after the message for IT.
      const order = await page
        .locator('kb-checker [data-ticket-block], kb-checker [data-fields-block]')
        .evaluateAll((els) =>
          els.map((e) => (e.hasAttribute('data-fields-block') ? 'fields' : 'ticket')),
        );
      expect(order).toEqual(['ticket', 'fields']);
    });

    test('signs that do not separate the causes: no first cause, one question, its answer decides', async ({
      checker,
      page,
    }) => {
      const c = checker(locale);
      await c.open(`#details=${encodeURIComponent(cli)}&vpn=yes`);
      const summary = page.getByRole('region', { name: c.s('checker.summary.title') });
      await expect(summary).toContainText(c.s('checker.q.owner'));
      await summary.getByRole('button', { name: c.s('checker.opt.personal'), exact: true }).click();
      await expect(c.option('owner', 'personal')).toBeChecked();
      await expect.poll(async () => (await c.causes())[0]).toBe('device');
      await expect.poll(() => page.evaluate(() => location.hash)).toContain('owner=personal');
    });

    test('the new fields: flow, resource and the user, shortened on screen', async ({
      checker,
    }) => {
      const c = checker(locale);
      await c.open();
      await c.details.fill(
        'alex.rossi@contoso.com\naz login --use-device-code --scope https://graph.microsoft.com/.default\nAADSTS53003: Access has been blocked by Conditional Access policies.',
      );
      await expect(c.field('flow')).toHaveAttribute('data-value', 'device-code');
      await expect(c.value('flow')).toHaveText(c.s('checker.flow.device-code'));
      await expect(c.field('resource')).toHaveAttribute('data-value', 'graph.microsoft.com');
      await expect(c.field('user')).toHaveAttribute('data-value', 'alex.rossi@contoso.com');
      await expect(c.value('user')).not.toContainText('alex.rossi');
      await expect.poll(async () => (await c.causes())[0]).toBe('auth-flow');
    });

    test('another code: no 53003 causes, the card explains that code', async ({
      checker,
      page,
    }) => {
      const c = checker(locale);
      await c.open();
      await c.details.fill(fixture('50011-message-line-old-layout.txt'));
      await expect(c.status).toHaveText(c.s('checker.status.notCa').replace('{code}', '50011'));
      await expect.poll(() => c.causes()).toEqual([]);
      await expect(page.getByRole('heading', { name: c.s('checker.causes.title') })).toBeHidden();
      await expect(c.field('errorCode')).toContainText(
        c.s('checker.meaning.errorCodeOther').replace('{code}', '50011'),
      );
      await expect(c.field('errorCode')).not.toContainText(c.s('checker.meaning.errorCode'));
    });

    test('a pasted picture gets a sentence saying what to copy instead', async ({
      checker,
      page,
    }) => {
      const c = checker(locale);
      await c.open();
      await c.details.evaluate((area) => {
        const data = new DataTransfer();
        data.items.add(
          new File([new Uint8Array([137, 80, 78, 71])], 'shot.png', { type: 'image/png' }),
        );
        area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
      });
      await expect(page.getByRole('alert')).toHaveText(c.s('checker.notice.image'));
    });

    test('the copied link is absolute and leaves out what the person chose to leave out', async ({
      checker,
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const c = checker(locale);
      await c.open(`#details=${encodeURIComponent(cli)}`);
      await expect.poll(() => c.fields()).toEqual(allFields);
      await page.getByRole('checkbox', { name: c.s('checker.ticket.redact') }).check();
      await page.getByRole('button', { name: c.s('checker.share.copy') }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(new RegExp(`^https://[^/]+/${locale}/checker/#details=`));
      expect(decodeURIComponent(link)).not.toContain('198.51.100.23');
      expect(decodeURIComponent(link)).toContain('790d21d9-68fb-457f-b1a4-674c11e3bf00');
      expect(link).toContain('redact=yes');
    });

    test('pasted markup is shown as text, never run', async ({ checker, page }) => {
      const c = checker(locale);
      page.on('dialog', (d) => {
        throw new Error(`a dialog opened: ${d.message()}`);
      });
      await c.open();
      await c.details.fill(fixture('synthetic-markup.txt'));
      await expect(c.value('appName')).toHaveText('<img src=x onerror=alert(1)>');
      await expect(c.value('devicePlatform')).toHaveText('<script>alert(2)</script>');
      expect(await page.locator('kb-checker img, kb-checker dl script').count()).toBe(0);
    });
  });

  test.describe(`the checker in ${locale} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });
    test('shows the step-by-step guide instead of a form that cannot work', async ({
      checker,
      page,
    }) => {
      const c = checker(locale);
      await open(page, `/${locale}/checker/`);
      await expect(page.getByText(c.s('checker.noJs'))).toBeVisible();
      await expect(c.details).toBeHidden();
      await expect(page.locator('#step-by-step')).toBeVisible();
      await expect(page.locator('#write-to-it')).toBeVisible();
      await expect(page.getByRole('main').getByRole('table').first()).toBeVisible();
      await expect(
        page.locator(`main a[href="/${locale}/causes/auth-flow/"]`).first(),
      ).toBeVisible();
    });
  });

  test.describe(`the checker in ${locale}, its data a file of its own`, () => {
    const src = `/data/checker-${locale}.json`;

    test('the form gets its data by one plain GET and works', async ({ checker, page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
      const c = checker(locale);
      await c.open();
      await c.details.fill(cli);
      await expect.poll(() => c.fields()).toEqual(allFields);
      await expect(c.field('appId')).toContainText('Microsoft Azure CLI');
      await expect.poll(async () => (await c.causes()).length).toBeGreaterThan(1);
      await expect(page.getByText(c.s('checker.noJs'))).toBeHidden();
      // Fetched once (the preload's response is the one the script reads), by a plain GET.
      expect(requests.filter((r) => r.includes('/data/'))).toEqual([`GET ${src}`]);
    });

    test('if the data cannot be read, the guide stays and the form stays hidden', async ({
      checker,
      page,
    }) => {
      await page.route(`**${src}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"locale":' }),
      );
      const c = checker(locale);
      await open(page, `/${locale}/checker/`);
      await expect(page.getByText(c.s('checker.noJs'))).toBeVisible();
      await expect(c.details).toBeHidden();
      await expect(page.locator('#step-by-step')).toBeVisible();
    });
  });
}

test('a full result has no axe violations, light and dark', async ({ page }) => {
  // The result's markup is the same in every language: one is enough.
  test.setTimeout(120_000);
  const c = new CheckerPage(page, locales[0] ?? 'it');
  const details = encodeURIComponent(fixture('53003-azure-devops-guest-no-ip.txt'));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('about:blank');
    await c.open(`#details=${details}&vpn=yes&private=yes&tried=network`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expect.poll(async () => (await c.causes()).length).toBeGreaterThan(2);
    await expectNoAxeViolations(page);
  }
});
