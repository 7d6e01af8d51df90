import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  test,
  expect,
  expectNoAxeViolations,
  locales,
  unexpectedRequests,
  watchRequests,
} from './fixtures';
import { defaultLocale } from '../../config/locales';
import { SignInLogsPage } from './pages/sign-in-logs';
import { asGraphResponse, generateSignIns } from '../unit/sign-in-logs/generate';

/**
 * The sign-in log reader in a browser: a Graph beta file answers who was blocked by what, a
 * portal CSV is read pasted or picked, bad input gets a message, and nothing the reader gives it
 * leaves the page. How fast it reads 100,000 or 250,000 records is the benchmark's job
 * (`npm run bench:sign-in-logs`); the counts of a generated log are checked without a browser
 * (tests/unit/sign-in-logs/scale.test.ts).
 */
const fixtures = join(import.meta.dirname, '../unit/sign-in-logs/fixtures');
const betaFile = join(fixtures, 'graph-beta.json');
const csvFile = join(fixtures, 'portal-drift.csv');
const realWorld = join(fixtures, 'real-world');

/** What the results must say, in each language (read from the page, not from the strings). */
const words = {
  it: {
    blocked: 'Ha bloccato questo accesso',
    caught: 'Utenti: tutti gli utenti (allUsers)',
    found: 'Accessi trovati: 1.',
    badFile: 'Questo JSON non contiene accessi',
    csvNote: 'Il CSV del portale non ha una colonna per ogni criterio',
  },
  en: {
    blocked: 'Blocked this sign-in',
    caught: 'Users: all users (allUsers)',
    found: 'Sign-ins found: 1.',
    badFile: 'This JSON holds no sign-ins',
    csvNote: 'The portal CSV has no per-policy column',
  },
} as const;

for (const lang of locales) {
  const w = words[lang];

  test.describe(`sign-in log reader (${lang})`, () => {
    test('reads a Graph beta file and answers who was blocked by what', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const tool = new SignInLogsPage(page, lang);
      await tool.open();
      const seen = await watchRequests(page);
      await tool.choose(betaFile);

      // Totals and the blocking policies (the hooks outside checks read).
      await expect(tool.totalBlocked).toHaveAttribute('data-total-blocked', '4');
      expect(await tool.blockingPolicies()).toEqual([
        ['CA030-AllUsers-Block outside allowed countries', '2'],
        ['CA010-Admins-AzureManagement-Block unmanaged devices', '1'],
      ]);
      // Report-only policies are listed apart, never as blocking.
      await expect(tool.tool.locator('[data-report-only-policy]')).toHaveCount(1);

      // From a policy to its events, from an event to its details.
      await tool
        .policy('CA030')
        .getByRole('button', { name: tool.s('policy.showEvents') })
        .click();
      await expect(tool.eventRows).toHaveCount(2);
      await tool.eventRows.first().getByRole('button').click();
      const detail = tool.detail;
      await expect(detail.getByRole('heading', { name: tool.s('event.heading') })).toBeFocused();
      await expect(detail).toContainText(w.blocked);
      await expect(detail).toContainText(w.caught);
      await expect(detail).toContainText('aaaaaaaa-1111-2222-3333-444444444401');
      const checker = detail.getByRole('link', { name: tool.s('event.checker') });
      const href = (await checker.getAttribute('href')) ?? '';
      // Absolute: the link is pasted into tickets and e-mails.
      expect(href).toMatch(new RegExp(`^https?://[^/]+/${lang}/checker/#details=`));
      expect(decodeURIComponent(href.split('#details=')[1] ?? '')).toContain(
        'Request Id: aaaaaaaa-1111-2222-3333-444444444401',
      );
      await expect(tool.results).toBeVisible();
      await tool.policy('CA030').getByText(tool.s('policy.breakdown')).click();
      // The results' markup is the same in every language: axe on one is enough.
      if (lang === locales[0])
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await expectNoAxeViolations(page, 'kb-sign-in-logs');
        }
      await detail.getByRole('button', { name: tool.s('event.close') }).click();
      await expect(tool.eventRows.first().getByRole('button')).toBeFocused();

      // Find one sign-in by the Correlation Id of a user's details block.
      await tool.tool
        .getByLabel(tool.s('lookup.label'))
        .fill('Error Code: 53003\nCorrelation Id: dddddddd-2222-3333-4444-eeeeeeeeee02');
      await tool.tool.getByRole('button', { name: tool.s('lookup.submit'), exact: true }).click();
      await expect(tool.tool.getByText(w.found)).toBeVisible();
      await expect(detail).toContainText('aaaaaaaa-1111-2222-3333-444444444402');

      // Export the filtered view (the CA030 events) as CSV, made in the page.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tool.tool.getByRole('button', { name: tool.s('export.button') }).click(),
      ]);
      const csv = readFileSync((await download.path()) ?? '', 'utf8');
      expect(csv.startsWith('\ufeffDate (UTC),Request ID,Correlation ID')).toBe(true);
      expect(csv.trim().split('\r\n')).toHaveLength(3);
      expect(download.suggestedFilename()).toMatch(/^sign-in-logs-.*ca030.*\.csv$/);

      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
    });

    test('reads a portal CSV with drifting headers, pasted, by one GET of its data', async ({
      page,
    }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(`${r.method()} ${new URL(r.url()).pathname}`));
      const tool = new SignInLogsPage(page, lang);
      await tool.open();
      // An empty box is said aloud, not ignored.
      await tool.paste('  ');
      await expect(tool.alert).toHaveText(tool.s('paste.empty'));
      await page.getByLabel(tool.s('paste.label')).fill(readFileSync(csvFile, 'utf8'));
      await page.getByRole('button', { name: tool.s('paste.submit') }).click();
      await expect(tool.totalBlocked).toHaveAttribute('data-total-blocked', '3');
      await expect(tool.tool.locator('[data-error]')).toBeEmpty();
      await expect(tool.tool.locator('[data-policy-name]')).toHaveCount(0);
      await expect(tool.tool).toContainText(w.csvNote);
      // Fetched once (the preload's response is the one the script reads), by a plain GET.
      expect(requests.filter((r) => r.includes('/data/'))).toEqual([
        `GET /data/sign-in-logs-${lang}.json`,
      ]);
    });

    test('a bad file gets a message saying what was expected', async ({ page, baseURL }) => {
      const tool = new SignInLogsPage(page, lang);
      await tool.open();
      const seen = await watchRequests(page);
      await tool.choose({
        name: 'not-a-log.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"error": {"code": "Authorization_RequestDenied"}}'),
      });
      await expect(tool.alert).toContainText(w.badFile);
      await expect(tool.results).toBeHidden();
      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
    });

    test('if its data cannot be read, it says so and reads nothing', async ({ page }) => {
      await page.route(`**/data/sign-in-logs-${lang}.json`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '<!doctype html>' }),
      );
      const tool = new SignInLogsPage(page, lang);
      await tool.open();
      await expect(tool.alert).toHaveText(tool.s('unavailable'));
      await tool.choose(betaFile);
      await expect(tool.alert).toHaveText(tool.s('unavailable'));
      await expect(tool.tool.getByRole('progressbar')).toBeHidden();
      await expect(tool.results).toBeHidden();
    });
  });
}

// The shapes and counts do not depend on the page's language: one language is enough.
test('several real exports at once: each shape named, 53003 counted only where it is', async ({
  page,
}) => {
  const tool = new SignInLogsPage(page, defaultLocale);
  await tool.open();
  const input = page.locator('input[type=file]');
  await expect(input).toHaveAttribute('multiple', '');
  expect((await input.getAttribute('accept'))?.split(',')).toEqual(
    expect.arrayContaining(['.json', '.jsonl', '.log', '.csv', '.txt', '.zip']),
  );
  await tool.choose([
    join(realWorld, 'copies/loganalytics-SigninLogs-export.53003.csv'),
    join(realWorld, 'probes/NonInteractiveSignIns.portal.50097.json'),
    join(realWorld, 'probes/InteractiveSignIns_2024-07-23_2024-07-24.zip'),
    join(
      realWorld,
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-it-semicolon-cp1252.csv',
    ),
  ]);
  // 1 in the Log Analytics export, none in the 50097 record, 4 in the zipped portal CSV; its
  // Italian Excel re-save holds the same 15 sign-ins, counted once.
  await expect(tool.totalBlocked).toHaveAttribute('data-total-blocked', '5');
  expect(
    await tool.tool
      .locator('[data-shape]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-shape'))),
  ).toEqual(['log-analytics-csv', 'portal-json', 'portal-csv', 'portal-csv']);
  // Only the policy that blocked a 53003 is a blocking policy; the six Block policies that
  // failed on the 50097 sign-in are listed apart.
  expect(await tool.blockingPolicies()).toEqual([['Block high sign-in risk', '1']]);
  await expect(tool.tool.locator('[data-other-failure-policy]')).toHaveCount(6);
  await expect(tool.tool.locator('[data-report-only-policy]')).toHaveCount(1);
  await expect(tool.tool.locator('[data-unmet-policy]')).toHaveCount(1);
});

test('a large file shows its progress, and the totals are right', async ({ page }, testInfo) => {
  test.setTimeout(60_000);
  // Large enough (about 6 MB) for the reader to report progress many times; the 100,000 and
  // 250,000 records are the benchmark's.
  const { records, expected } = generateSignIns(5_000);
  const path = testInfo.outputPath('signins-5k.json');
  writeFileSync(path, asGraphResponse(records));
  const tool = new SignInLogsPage(page, 'en');
  await tool.open();
  // Record the progress bar's values while the file is read.
  await page.evaluate(() => {
    const bar = document.querySelector('kb-sign-in-logs progress');
    const seen: number[] = [];
    Object.assign(window, { progressSeen: seen });
    if (bar)
      new MutationObserver(() => {
        if (!bar.hasAttribute('hidden')) seen.push(Number(bar.getAttribute('value') ?? 0));
      }).observe(bar, { attributes: true });
  });
  await tool.choose(path);
  // Seconds on a busy CI machine: more than the default wait.
  await expect(tool.totalBlocked).toHaveAttribute('data-total-blocked', String(expected.blocked), {
    timeout: 30_000,
  });
  const counts = Object.fromEntries(
    (await tool.blockingPolicies()).map(([name, count]) => [name, Number(count)]),
  );
  expect(counts).toEqual(expected.perPolicy);
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: number[] }).progressSeen,
  );
  expect(seen.length, 'progress shown while reading').toBeGreaterThan(1);
  expect(Math.max(...seen)).toBeGreaterThan(Math.min(...seen));
  await expect(tool.tool.getByRole('progressbar')).toBeHidden();
});
