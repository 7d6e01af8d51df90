import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import {
  test,
  expect,
  expectNoAxeViolations,
  locales,
  open,
  unexpectedRequests,
  watchRequests,
} from './fixtures';
import { WhatIfPage } from './pages/what-if';
import type { Locale } from '../../config/locales';
import {
  evaluate,
  parseNamedLocations,
  parsePolicies,
  parseRule,
  parseScenario,
  toFragment,
  type MessageKey,
} from '../../src/lib/what-if/index.ts';
import { sampleTenant } from '../../src/lib/what-if/sample.ts';
import { messages } from '../unit/what-if/helpers.ts';

/**
 * The What If page against its engine: the page must show what `evaluate` gives for the unit
 * fixtures (the verdict and each policy's `data-applies`, the stable test hooks), open an
 * evaluation from a link, and meet bad input with a message in the reader's language, never a
 * crash, a freeze or a script of the input's running. Nothing the reader enters may leave.
 */
const fixtures = join(import.meta.dirname, '../unit/what-if/fixtures');
const policiesFile = join(fixtures, 'policies.json');
const policiesText = readFileSync(policiesFile, 'utf8');
const locationsText = readFileSync(join(fixtures, 'named-locations.json'), 'utf8');
const scenarioText = readFileSync(join(fixtures, 'scenario-office-abroad.json'), 'utf8');
const signInLogFile = join(import.meta.dirname, '../unit/sign-in-logs/fixtures/graph-v1.json');
const acme = join(fixtures, 'real-world/jhope188-acme/files');
/** Two policies of the set, and its file with a JSON error as published. */
const acmeFiles = ['Device_Code_Auth_Flow', 'MFA_-_AllUsers', 'Exclude_CA-Global'].map(
  (part) => readdirSync(acme).find((f) => f.includes(part)) ?? part,
);
const countriesFile = join(
  fixtures,
  'real-world/j0eyv-baseline/files/NamedLocations/ALLOWED COUNTRIES.json',
);

/** What the engine says of the fixtures: what the page must show. */
function expected() {
  const policies = parsePolicies(policiesText);
  const locations = parseNamedLocations(locationsText);
  const scenario = parseScenario(scenarioText);
  if (!policies.ok || !locations.ok || !scenario.ok) throw new Error('fixtures do not parse');
  return evaluate({
    policies: policies.value,
    locations: locations.value,
    scenario: scenario.value,
  });
}

/** The engine's sentence for a key, without its placeholders (for a `toContainText`). */
const engineWords = (lang: Locale, key: MessageKey) =>
  messages[lang][key].split(/\{\w+\}/)[0] ?? '';

/** The engine's result in the same shape. */
function engineResult() {
  const r = expected();
  return {
    verdict: r.verdict,
    policies: r.policies
      .map((p) => ({ id: p.id, applies: p.applies, reportOnly: p.reportOnly }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

for (const lang of locales) {
  test.describe(`what-if (${lang})`, () => {
    test('evaluates exported policies against a sign-in, as the engine does', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      const wi = new WhatIfPage(page, lang);
      await wi.open();
      const seen = await watchRequests(page);

      await page.getByLabel(wi.s('policies.file')).setInputFiles(policiesFile);
      await expect(wi.policies).toHaveValue(/CA001/);
      await wi.locations.fill(locationsText);
      await wi.scenario.fill(scenarioText);
      // The form follows the JSON once the typing pauses.
      await expect(wi.field('form.ipAddress')).toHaveValue('192.0.2.44');
      await wi.evaluate();

      await expect(wi.verdict).toBeVisible();
      expect(await wi.result()).toEqual(engineResult());
      const r = expected();
      // The blocking policy's exclusions, each with what it would take.
      const deciding = r.deciding[0] ?? '';
      await expect(wi.tool.getByRole('heading', { name: wi.s('why.heading') })).toBeVisible();
      await expect(wi.tool.locator(`[data-why-policy-id="${deciding}"] li`)).toHaveCount(
        r.policies.find((p) => p.id === deciding)?.exclusions.length ?? -1,
      );
      // Report-only and disabled policies are apart; the status says how long it took.
      await expect(wi.tool.locator('[data-report-only]')).toHaveCount(
        r.policies.filter((p) => p.reportOnly).length,
      );
      await expect(wi.tool.locator('[role="status"][data-message]')).toHaveText(/\d/);

      // The result's markup is the same in every language: axe on one is enough.
      if (lang === locales[0])
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await expectNoAxeViolations(page, 'kb-what-if');
        }
      // The link to this evaluation: absolute (the site's address), compressed after `#wi=`, its
      // length shown; it opens the same evaluation.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await wi.tool.getByRole('button', { name: wi.s('link.copy') }).click();
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(link.href).toMatch(new RegExp(`^https?://[^/]+/${lang}/tools/what-if/#wi=[\\w-]+$`));
      await expect(wi.tool.locator('[data-link-size]')).toContainText(
        new Intl.NumberFormat(lang).format(link.href.length),
      );
      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
      await page.goto('about:blank');
      await open(page, `${link.pathname}${link.hash}`);
      await expect(wi.verdict).toBeVisible();
      expect(await wi.result()).toEqual(engineResult());
    });

    test('files: a wrong one gets no verdict; several and a .zip are read, with a report', async ({
      page,
    }) => {
      const wi = new WhatIfPage(page, lang);
      await wi.open();
      // A sign-in log given as policies, as a file or pasted: refused, saying what it is, and
      // never evaluated.
      const refused = engineWords(lang, 'shape.signIn.policy');
      await page.getByLabel(wi.s('policies.file')).setInputFiles(signInLogFile);
      await expect(wi.error).toContainText(refused);
      await wi.policies.fill(readFileSync(signInLogFile, 'utf8'));
      await wi.evaluate();
      await expect(wi.error).toContainText(refused);
      await expect(wi.tool.locator('[data-results]')).toBeHidden();
      await expect(wi.verdict).toHaveCount(0);
      // An export tool's .zip: policies to their box, named locations (UTF-16) to theirs, and a
      // line per file: the one with a JSON error and the PDF skipped.
      await page.getByLabel(wi.s('policies.file')).setInputFiles({
        name: 'export.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(
          zipSync({
            'CA/a.json': readFileSync(join(acme, acmeFiles[0] ?? '')),
            'CA/b.json': readFileSync(join(acme, acmeFiles[1] ?? '')),
            'CA/broken.json': readFileSync(join(acme, acmeFiles[2] ?? '')),
            'Locations/countries.json': readFileSync(countriesFile),
            'README.pdf': new TextEncoder().encode('%PDF-1.7 not a policy'),
          }),
        ),
      });
      const report = wi.tool.locator('[data-files="policies"]');
      await expect(report.locator('[data-file-status="read"]')).toHaveCount(3);
      await expect(report.locator('[data-file-status="skipped"]')).toHaveCount(2);
      expect(JSON.parse(await wi.policies.inputValue())).toHaveLength(2);
      await expect(wi.locations).toHaveValue(/ALLOWED COUNTRIES/);
      await wi.evaluate();
      await expect(wi.verdict).toBeVisible();
      await expect(wi.tool.locator('tr[data-policy-id]')).toHaveCount(2);
    });

    test('the sample tenant: table first, filter, details on demand, unset inputs, names kept', async ({
      page,
    }) => {
      const wi = new WhatIfPage(page, lang);
      const sample = sampleTenant(lang);
      await wi.open();
      await wi.tool.getByRole('button', { name: wi.s('sample.load') }).click();
      await expect(wi.verdict).toHaveAttribute('data-verdict', sample.signIns[0]?.verdict ?? '-');
      const rows = wi.tool.locator('tr[data-policy-id]');
      const total = (JSON.parse(sample.policies) as { value: unknown[] }).value.length;
      await expect(rows).toHaveCount(total);
      // Filtered to the policies that do not apply: only those stay visible.
      await wi.tool.getByLabel(wi.s('filter.applies'), { exact: true }).selectOption('no');
      const visible = wi.tool.locator('tr[data-policy-id]:visible');
      expect(await visible.count()).toBeGreaterThan(0);
      expect(await visible.count()).toBeLessThan(total);
      for (const applies of await visible.evaluateAll((r) => r.map((x) => x.dataset.applies)))
        expect(applies).toBe('no');
      // Another sample sign-in, chosen from the list the sample brought.
      const other = sample.signIns[1];
      await wi.tool
        .getByLabel(wi.s('sample.signIn'), { exact: true })
        .selectOption(other?.id ?? '');
      await expect(wi.verdict).toHaveAttribute('data-verdict', other?.verdict ?? '-');
      // Inputs left out count as none, as in Entra; the switch says what would change.
      const toggle = wi.tool.locator('[data-unset-switch]');
      await toggle.check();
      await expect(wi.tool.locator('.unset-difference')).toBeVisible();
      await expect(wi.tool.locator('.unset-difference')).not.toBeEmpty();
      // A policy's conditions on demand, under its row.
      const first = wi.tool.locator('tr[data-policy-id]').first();
      await first.getByRole('button').click();
      await expect(wi.tool.locator('[data-detail-of] [data-condition]').first()).toBeVisible();
      // A name for the excluded group labels its id in the result, and this browser keeps it.
      await wi.tool.getByText(wi.s('names.summary')).click();
      const names = wi.tool.getByLabel(wi.s('names.label'), { exact: true });
      await names.fill('5a1e0000-0000-4000-8000-000000000002, Break glass');
      await expect(wi.tool.locator('[data-names-count]')).toContainText('1');
      await wi.evaluate();
      await expect(wi.tool.locator('[data-why-policy-id]').first()).toContainText('Break glass');
      await wi.open();
      await wi.tool.getByText(wi.s('names.summary')).click();
      await expect(names).toHaveValue(/Break glass/);
    });

    test('a details block fills the scenario and says what it filled', async ({ page }) => {
      const wi = new WhatIfPage(page, lang);
      await wi.open();
      await wi.tool.getByText(wi.s('details.summary')).click();
      await page
        .getByLabel(wi.s('details.label'))
        .fill(
          [
            'Error Code: 53003',
            'App name: Microsoft Teams',
            'App id: 1fec8e78-bce4-4aaf-ab1b-5451cc387264',
            'IP address: 203.0.113.7',
            'Device platform: Android',
            'Device state: Unregistered',
          ].join('\n'),
        );
      await wi.tool.getByRole('button', { name: wi.s('details.submit') }).click();
      const filled = wi.tool.locator('[data-filled]');
      await expect(filled).toContainText(wi.s('details.filled'));
      await expect(filled).toContainText('203.0.113.7');
      await expect(wi.field('form.ipAddress')).toHaveValue('203.0.113.7');
      const json = JSON.parse(await wi.scenario.inputValue());
      expect(json.signInConditions).toMatchObject({
        ipAddress: '203.0.113.7',
        devicePlatform: 'android',
      });
      // Saved as a file made in the page, and loaded back into an empty box.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        wi.tool.getByRole('button', { name: wi.s('json.save') }).click(),
      ]);
      const saved = readFileSync((await download.path()) ?? '', 'utf8');
      expect(JSON.parse(saved)).toEqual(json);
      await wi.scenario.fill('');
      await page.getByLabel(wi.s('json.load')).setInputFiles({
        name: 'scenario.json',
        mimeType: 'application/json',
        buffer: Buffer.from(saved),
      });
      await expect(wi.scenario).toHaveValue(/203\.0\.113\.7/);
    });

    test('a link with the evaluation in its fragment evaluates on open', async ({ page }) => {
      const wi = new WhatIfPage(page, lang);
      const fragment = toFragment({
        policies: JSON.parse(policiesText),
        locations: JSON.parse(locationsText),
        scenario: JSON.parse(scenarioText),
      });
      await wi.open(fragment);
      await expect(wi.verdict).toBeVisible();
      expect(await wi.result()).toEqual(engineResult());
      // A link to a heading is only a link to a heading.
      await page.evaluate(() => {
        window.location.hash = '#limits';
      });
      await expect(page).toHaveURL(/#limits$/);
      await expect(wi.error).toBeEmpty();
      await expect(wi.verdict).toBeVisible();
    });

    test('bad input gets a clear message: broken link, garbage, 5 MB, markup', async ({ page }) => {
      test.setTimeout(60_000);
      const wi = new WhatIfPage(page, lang);

      await wi.open('#policies=%E0%A4%A&scenario=%7B');
      await expect(wi.error).toContainText(engineWords(lang, 'fragment.badEncoding'));
      await expect(wi.tool.locator('[data-results]')).toBeHidden();

      await wi.open();
      await wi.policies.fill('{"value": [ {"id": "x", ');
      await wi.evaluate();
      await expect(wi.error).toContainText(engineWords(lang, 'input.jsonUnexpectedEnd'));
      await wi.policies.fill('this is not JSON');
      await wi.evaluate();
      await expect(wi.error).toContainText(engineWords(lang, 'input.notJson'));

      // Five megabytes pasted: refused by its size, and the page stays responsive.
      await wi.policies.evaluate((box: HTMLTextAreaElement) => {
        box.value = `{"value": [${'{"id":"p","state":"enabled"},'.repeat(180_000)}{}]}`;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await wi.evaluate();
      await expect(wi.error).toContainText(engineWords(lang, 'input.tooLarge'));

      // Markup in a display name is shown as text and never runs.
      const hostile = [
        {
          id: 'evil',
          displayName: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
          state: 'enabled',
          conditions: {
            users: { includeUsers: ['All'] },
            applications: { includeApplications: ['All'] },
            clientAppTypes: ['all'],
          },
          grantControls: { operator: 'OR', builtInControls: ['block'] },
        },
      ];
      await wi.policies.fill(JSON.stringify(hostile));
      await wi.evaluate();
      await expect(wi.verdict).toHaveAttribute('data-verdict', 'block');
      await expect(wi.tool.locator('[data-policy-id="evil"] .policy-name')).toHaveText(
        hostile[0]?.displayName ?? '',
      );
      expect(await wi.tool.locator('[data-results] img, [data-results] script').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    test('a device filter rule that does not parse shows where it breaks', async ({ page }) => {
      const rule = 'device.trustType -eq "AzureAD" -and (device.isCompliant -eq True';
      const parsed = parseRule(rule);
      if (parsed.ok) throw new Error('the rule was meant to be broken');
      const policy = {
        id: 'rule',
        displayName: 'Broken rule',
        state: 'enabled',
        conditions: {
          users: { includeUsers: ['All'] },
          applications: { includeApplications: ['All'] },
          clientAppTypes: ['all'],
          devices: { deviceFilter: { mode: 'exclude', rule } },
        },
        grantControls: { operator: 'OR', builtInControls: ['block'] },
      };
      const wi = new WhatIfPage(page, lang);
      await wi.open();
      await wi.policies.fill(JSON.stringify({ value: [policy] }));
      await wi.evaluate();
      // The table first; the policy's conditions on demand.
      await wi.details('Broken rule').click();
      const pre = page.locator('[data-detail-of="rule"] pre[data-error-offset]');
      await expect(pre).toHaveAttribute('data-error-offset', String(parsed.error.offset));
      await expect(pre).toContainText(rule);
      // The caret's line: the rule's second line, hidden from screen readers.
      const caretLine = (await pre.textContent())?.split('\n')[1] ?? '';
      expect(caretLine.indexOf('^')).toBe(parsed.error.offset);
      await expect(page.locator('[data-detail-of="rule"]')).toContainText(
        messages[lang][parsed.error.key as MessageKey],
      );
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of locales) {
    test(`the ${lang} page says the tool needs JavaScript and sends nothing`, async ({ page }) => {
      const wi = new WhatIfPage(page, lang);
      await wi.open();
      // Playwright's text and role locators skip <noscript>: its paragraph is found by CSS.
      const note = wi.tool.locator('noscript p');
      await expect(note).toBeVisible();
      await expect(note).toContainText(wi.s('noscript').split('.')[0] ?? '-');
    });
  }
});
