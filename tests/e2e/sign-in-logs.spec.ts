import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, open, unexpectedRequests, watchRequests } from './fixtures';
import { builtFile } from './dist';
import { asGraphResponse, generateSignIns } from '../unit/signin-logs/generate';

const fixtures = join(import.meta.dirname, '../unit/signin-logs/fixtures');
const betaFile = join(fixtures, 'graph-beta.json');
const csvFile = join(fixtures, 'portal-drift.csv');

/** What each language calls the controls the tests use, and what the results must say. */
const words = {
  it: {
    file: 'File dei log di accesso (JSON o CSV)',
    showEvents: 'Mostra i suoi accessi',
    heading: "Dettagli dell'accesso",
    blocked: 'Ha bloccato questo accesso',
    caught: 'Utenti: tutti gli utenti (allUsers)',
    lookup: 'Request Id o Correlation Id',
    find: 'Cerca',
    found: 'Accessi trovati: 1.',
    export: 'Esporta questa vista in CSV',
    badFile: 'Questo JSON non contiene accessi',
    csvNote: 'Il CSV del portale non ha una colonna per ogni criterio',
    close: 'Chiudi i dettagli',
    paste: 'Oppure incolla il contenuto',
    pasteLabel: 'Contenuto JSON o CSV dei log di accesso',
    pasteSubmit: 'Leggi il testo incollato',
    unavailable:
      'Lo strumento non è riuscito a caricare i suoi dati, quindi non può leggere i log. Ricarica la pagina per riprovare.',
  },
  en: {
    file: 'Sign-in log file (JSON or CSV)',
    showEvents: 'Show its sign-ins',
    heading: 'Sign-in details',
    blocked: 'Blocked this sign-in',
    caught: 'Users: all users (allUsers)',
    lookup: 'Request Id or Correlation Id',
    find: 'Find',
    found: 'Sign-ins found: 1.',
    export: 'Export this view as CSV',
    badFile: 'This JSON holds no sign-ins',
    csvNote: 'The portal CSV has no per-policy column',
    close: 'Close the details',
    paste: 'Or paste the content',
    pasteLabel: 'JSON or CSV content of the sign-in logs',
    pasteSubmit: 'Read the pasted text',
    unavailable:
      'The tool could not load its data, so it cannot read logs. Reload the page to try again.',
  },
} as const;

for (const lang of ['it', 'en'] as const) {
  const w = words[lang];

  test.describe(`sign-in log reader (${lang})`, () => {
    test('reads a Graph beta file and answers who was blocked by what', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(90_000); // One long walk through the tool, with two axe sweeps.
      await open(page, `/${lang}/tools/sign-in-logs/`);
      const tool = page.locator('kb-sign-in-logs');
      const seen = await watchRequests(page);

      await page.getByLabel(w.file).setInputFiles(betaFile);

      // Totals and the blocking policies (the stable test hooks).
      await expect(tool.locator('[data-total-blocked]')).toHaveAttribute('data-total-blocked', '4');
      const policies = await tool
        .locator('[data-policy-name]')
        .evaluateAll((items) =>
          items.map((item) => [
            item.getAttribute('data-policy-name'),
            item.getAttribute('data-count'),
          ]),
        );
      expect(policies).toEqual([
        ['CA030-AllUsers-Block outside allowed countries', '2'],
        ['CA010-Admins-AzureManagement-Block unmanaged devices', '1'],
      ]);
      // Report-only policies are listed apart, never as blocking.
      await expect(tool.locator('[data-report-only-policy]')).toHaveCount(1);

      // From a policy to its events, from an event to its details.
      await tool
        .locator('[data-policy-name^="CA030"]')
        .getByRole('button', { name: w.showEvents })
        .click();
      const rows = tool.locator('table.kb-sil-events tbody tr');
      await expect(rows).toHaveCount(2);
      await rows.first().getByRole('button').click();
      const detail = tool.locator('.kb-sil-detail');
      await expect(detail.getByRole('heading', { name: w.heading })).toBeFocused();
      await expect(detail).toContainText(w.blocked);
      await expect(detail).toContainText(w.caught);
      await expect(detail).toContainText('aaaaaaaa-1111-2222-3333-444444444401');
      const checker = detail.locator(`a[href^="/${lang}/checker/#details="]`);
      const href = (await checker.getAttribute('href')) ?? '';
      expect(decodeURIComponent(href.split('#details=')[1] ?? '')).toContain(
        'Request Id: aaaaaaaa-1111-2222-3333-444444444401',
      );
      await expect(page.locator('.kb-sil-results')).toBeVisible();
      await tool.locator('[data-policy-name^="CA030"] summary').click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page })
          .include('kb-sign-in-logs')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes[0]?.target.join(' ')}`),
        ).toEqual([]);
      }
      await detail.getByRole('button', { name: w.close }).click();
      await expect(rows.first().getByRole('button')).toBeFocused();

      // Find one sign-in by the Correlation Id of a user's details block.
      await tool
        .getByLabel(w.lookup)
        .fill('Error Code: 53003\nCorrelation Id: dddddddd-2222-3333-4444-eeeeeeeeee02');
      await tool.getByRole('button', { name: w.find, exact: true }).click();
      await expect(tool.getByText(w.found)).toBeVisible();
      await expect(detail).toContainText('aaaaaaaa-1111-2222-3333-444444444402');

      // Export the filtered view (the CA030 events) as CSV, made in the page.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tool.getByRole('button', { name: w.export }).click(),
      ]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv.startsWith('\ufeffDate (UTC),Request ID,Correlation ID')).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(3);
      expect(download.suggestedFilename()).toMatch(/^sign-in-logs-.*ca030.*\.csv$/);

      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
    });

    test('reads a CSV with drifting headers and says it has no per-policy column', async ({
      page,
    }) => {
      await open(page, `/${lang}/tools/sign-in-logs/`);
      if (lang === 'it') {
        // Pasted rather than picked: the other way in.
        await page.getByText(w.paste).click();
        await page.getByLabel(w.pasteLabel).fill(readFileSync(csvFile, 'utf8'));
        await page.getByRole('button', { name: w.pasteSubmit }).click();
      } else {
        await page.getByLabel(w.file).setInputFiles(csvFile);
      }
      const tool = page.locator('kb-sign-in-logs');
      await expect(tool.locator('[data-total-blocked]')).toHaveAttribute('data-total-blocked', '3');
      await expect(tool.locator('[data-policy-name]')).toHaveCount(0);
      await expect(tool).toContainText(w.csvNote);
    });

    test('a bad file gets a message saying what was expected', async ({ page, baseURL }) => {
      await open(page, `/${lang}/tools/sign-in-logs/`);
      const seen = await watchRequests(page);
      await page.getByLabel(w.file).setInputFiles({
        name: 'not-a-log.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"error": {"code": "Authorization_RequestDenied"}}'),
      });
      await expect(page.getByRole('alert')).toContainText(w.badFile);
      await expect(page.locator('.kb-sil-results')).toBeHidden();
      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
    });

    test('the page points to its data instead of embedding it; a pasted log is read', async ({
      page,
    }) => {
      const src = `/data/sign-in-logs-${lang}.json`;
      const html = builtFile(`/${lang}/tools/sign-in-logs/index.html`).toString('utf8');
      expect(html).not.toMatch(/<script[^>]*application\/json/);
      expect(html).not.toContain('data-config');
      expect(html).toMatch(new RegExp(`<kb-sign-in-logs [^>]*data-src="${src}"`));
      const data = JSON.parse(builtFile(src).toString('utf8'));
      expect(data.locale).toBe(lang);
      expect(data.strings['paste.submit']).toBe(w.pasteSubmit);

      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
      await open(page, `/${lang}/tools/sign-in-logs/`);
      await page.getByText(w.paste).click();
      await page.getByLabel(w.pasteLabel).fill(readFileSync(csvFile, 'utf8'));
      await page.getByRole('button', { name: w.pasteSubmit }).click();
      const tool = page.locator('kb-sign-in-logs');
      await expect(tool.locator('[data-total-blocked]')).toHaveAttribute('data-total-blocked', '3');
      await expect(tool).toContainText(w.csvNote);
      // Fetched once (the preload's response is the one the script reads), by a plain GET.
      expect(requests.filter((r) => r.includes('/data/'))).toEqual([`GET ${src}`]);
    });

    test('if its data cannot be read, it says so and reads nothing', async ({ page }) => {
      await page.route(`**/data/sign-in-logs-${lang}.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html>' }),
      );
      await open(page, `/${lang}/tools/sign-in-logs/`);
      const alert = page.getByRole('alert');
      await expect(alert).toHaveText(w.unavailable);
      await page.getByLabel(w.file).setInputFiles(betaFile);
      await expect(alert).toHaveText(w.unavailable);
      await expect(page.locator('progress')).toBeHidden();
      await expect(page.locator('.kb-sil-results')).toBeHidden();
    });
  });
}

test('100,000 records: progress, a responsive page, the right totals', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { records, expected } = generateSignIns(100_000);
  const path = testInfo.outputPath('signins-100k.json');
  writeFileSync(path, asGraphResponse(records));
  await open(page, '/en/tools/sign-in-logs/');
  // Count main-thread tasks longer than 50 ms while the file is read.
  await page.evaluate(() => {
    const long: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = long;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByLabel(words.en.file).setInputFiles(path);
  await expect(page.locator('progress')).toBeVisible();
  await expect(page.locator('[data-total-blocked]')).toHaveAttribute(
    'data-total-blocked',
    String(expected.blocked),
    { timeout: 90_000 },
  );
  const counts = await page
    .locator('[data-policy-name]')
    .evaluateAll((items) =>
      Object.fromEntries(
        items.map((i) => [
          i.getAttribute('data-policy-name'),
          Number(i.getAttribute('data-count')),
        ]),
      ),
    );
  expect(counts).toEqual(expected.perPolicy);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
  testInfo.annotations.push({
    type: 'longest main-thread task (ms)',
    description: String(longest),
  });
  // Parsing happens in the worker: the page never freezes for a second.
  expect(longest).toBeLessThan(1000);
});
