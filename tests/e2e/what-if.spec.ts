import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, open, unexpectedRequests, watchRequests } from './fixtures';
import { builtFile } from './dist';
import {
  evaluate,
  messages,
  parseNamedLocations,
  parsePolicies,
  parseRule,
  parseScenario,
  toFragment,
} from '../../src/lib/whatif/index.ts';

/**
 * The What If page against its engine: the page must show what `evaluate` gives for the unit
 * fixtures (the verdict and each policy's `data-applies`, the stable test hooks), open an
 * evaluation from a link, and meet bad input with a message in the reader's language, never a
 * crash, a freeze or a script of the input's running. Nothing the reader enters may leave.
 */
const fixtures = join(import.meta.dirname, '../unit/whatif/fixtures');
const policiesFile = join(fixtures, 'policies.json');
const policiesText = readFileSync(policiesFile, 'utf8');
const locationsText = readFileSync(join(fixtures, 'named-locations.json'), 'utf8');
const scenarioText = readFileSync(join(fixtures, 'scenario-office-abroad.json'), 'utf8');

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

/** What each language calls the controls the tests use. */
const words = {
  it: {
    policiesFile: 'File dei criteri',
    policies: 'JSON dei criteri (risposta di Graph, elenco o un solo criterio)',
    locations: 'JSON delle posizioni denominate',
    evaluate: 'Valuta',
    ip: 'Indirizzo IP pubblico',
    why: "Perché non rientro in un'esclusione?",
    details: "Compila dal riquadro dei dettagli dell'errore",
    fill: 'Compila lo scenario',
    filled: 'Campi compilati dal riquadro:',
    copy: 'Copia un link a questa valutazione',
    save: 'Salva lo scenario (JSON)',
    load: 'Carica uno scenario salvato',
    noscript: 'Questo strumento valuta i criteri nel tuo browser e ha bisogno di JavaScript.',
  },
  en: {
    policiesFile: 'Policies file',
    policies: 'Policies JSON (Graph response, array or one policy)',
    locations: 'Named locations JSON',
    evaluate: 'Evaluate',
    ip: 'Public IP address',
    why: 'Why wasn’t I excluded?',
    details: 'Fill from the error’s details box',
    fill: 'Fill the scenario',
    filled: 'Fields filled from the box:',
    copy: 'Copy a link to this evaluation',
    save: 'Save the scenario (JSON)',
    load: 'Load a saved scenario',
    noscript: 'This tool evaluates the policies in your browser and needs JavaScript.',
  },
} as const;

/** The engine's sentence for a key, without its placeholders (for a `toContainText`). */
const engineWords = (lang: 'it' | 'en', key: keyof (typeof messages)['en']) =>
  messages[lang][key].split(/\{\w+\}/)[0] ?? '';

/** The page's result, read from the stable hooks. */
async function readResult(page: Page) {
  const tool = page.locator('kb-what-if');
  const verdict = await tool.locator('[data-verdict]').getAttribute('data-verdict');
  const policies = await tool.locator('[data-policy-id]').evaluateAll((items) =>
    items.map((item) => ({
      id: item.getAttribute('data-policy-id'),
      applies: item.getAttribute('data-applies'),
      reportOnly: item.hasAttribute('data-report-only'),
    })),
  );
  return { verdict, policies: policies.sort((a, b) => String(a.id).localeCompare(String(b.id))) };
}

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

for (const lang of ['it', 'en'] as const) {
  const w = words[lang];

  test.describe(`what-if (${lang})`, () => {
    test('evaluates exported policies against a sign-in, as the engine does', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(60_000);
      await open(page, `/${lang}/tools/what-if/`);
      const tool = page.locator('kb-what-if');
      const seen = await watchRequests(page);

      await page.getByLabel(w.policiesFile).setInputFiles(policiesFile);
      await expect(page.getByLabel(w.policies, { exact: true })).toHaveValue(/CA001/);
      await page.getByLabel(w.locations, { exact: true }).fill(locationsText);
      await tool.locator('textarea[data-input="scenario"]').fill(scenarioText);
      // The form follows the JSON once the typing pauses.
      await expect(page.getByLabel(w.ip)).toHaveValue('192.0.2.44');
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();

      await expect(tool.locator('[data-verdict]')).toBeVisible();
      expect(await readResult(page)).toEqual(engineResult());
      const r = expected();
      // The blocking policy's exclusions, each with what it would take.
      const deciding = r.deciding[0] ?? '';
      await expect(tool.getByRole('heading', { name: w.why })).toBeVisible();
      await expect(tool.locator(`[data-why-policy-id="${deciding}"] li`)).toHaveCount(
        r.policies.find((p) => p.id === deciding)?.exclusions.length ?? -1,
      );
      // Report-only and disabled policies are apart; the status says how long it took.
      await expect(tool.locator('[data-report-only]')).toHaveCount(
        r.policies.filter((p) => p.reportOnly).length,
      );
      await expect(tool.locator('[role="status"][data-message]')).toHaveText(/\d/);

      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const axe = await new AxeBuilder({ page })
          .include('kb-what-if')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(
          axe.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes[0]?.target.join(' ')}`),
        ).toEqual([]);
      }
      // The link to this evaluation carries the inputs in its fragment, and opens the same.
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await tool.getByRole('button', { name: w.copy }).click();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(new RegExp(`/${lang}/tools/what-if/#policies=`));
      expect(unexpectedRequests(seen, new URL(baseURL ?? '').origin)).toEqual([]);
      await page.goto('about:blank');
      await open(page, link.replace(new URL(baseURL ?? '').origin, ''));
      await expect(tool.locator('[data-verdict]')).toBeVisible();
      expect(await readResult(page)).toEqual(engineResult());
    });

    test('a details block fills the scenario and says what it filled', async ({ page }) => {
      await open(page, `/${lang}/tools/what-if/`);
      const tool = page.locator('kb-what-if');
      await tool.getByText(w.details).click();
      await tool
        .locator('textarea[data-details]')
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
      await tool.getByRole('button', { name: w.fill }).click();
      await expect(tool.locator('[data-filled]')).toContainText(w.filled);
      await expect(tool.locator('[data-filled]')).toContainText('203.0.113.7');
      await expect(page.getByLabel(w.ip)).toHaveValue('203.0.113.7');
      const json = JSON.parse(await tool.locator('textarea[data-input="scenario"]').inputValue());
      expect(json.signInConditions).toMatchObject({
        ipAddress: '203.0.113.7',
        devicePlatform: 'android',
      });
      // Saved as a file made in the page, and loaded back into an empty box.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        tool.getByRole('button', { name: w.save }).click(),
      ]);
      const saved = readFileSync((await download.path()) ?? '', 'utf8');
      expect(JSON.parse(saved)).toEqual(json);
      await tool.locator('textarea[data-input="scenario"]').fill('');
      await page.getByLabel(w.load).setInputFiles({
        name: 'scenario.json',
        mimeType: 'application/json',
        buffer: Buffer.from(saved),
      });
      await expect(tool.locator('textarea[data-input="scenario"]')).toHaveValue(/203\.0\.113\.7/);
    });

    test('a link with the evaluation in its fragment evaluates on open', async ({ page }) => {
      const fragment = toFragment({
        policies: JSON.parse(policiesText),
        locations: JSON.parse(locationsText),
        scenario: JSON.parse(scenarioText),
      });
      await open(page, `/${lang}/tools/what-if/${fragment}`);
      await expect(page.locator('kb-what-if [data-verdict]')).toBeVisible();
      expect(await readResult(page)).toEqual(engineResult());
      // A link to a heading is only a link to a heading.
      await page.evaluate(() => {
        window.location.hash = '#limits';
      });
      await page.waitForLoadState('networkidle');
      await expect(page.locator('kb-what-if [data-error]')).toBeEmpty();
      await expect(page.locator('kb-what-if [data-verdict]')).toBeVisible();
    });

    test('bad input gets a clear message: broken link, garbage, 5 MB, markup', async ({ page }) => {
      test.setTimeout(60_000);
      const tool = page.locator('kb-what-if');
      const error = tool.locator('[data-error]');

      await open(page, `/${lang}/tools/what-if/#policies=%E0%A4%A&scenario=%7B`);
      await expect(error).toContainText(engineWords(lang, 'fragment.badEncoding'));
      await expect(tool.locator('[data-results]')).toBeHidden();

      await open(page, `/${lang}/tools/what-if/`);
      const policies = page.getByLabel(w.policies, { exact: true });
      await policies.fill('{"value": [ {"id": "x", ');
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();
      await expect(error).toContainText(engineWords(lang, 'input.jsonUnexpectedEnd'));
      await policies.fill('this is not JSON');
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();
      await expect(error).toContainText(engineWords(lang, 'input.jsonSyntax'));

      // Five megabytes pasted: refused at once, by its size, and the page stays responsive.
      await policies.evaluate((box: HTMLTextAreaElement) => {
        box.value = `{"value": [${'{"id":"p","state":"enabled"},'.repeat(180_000)}{}]}`;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const started = Date.now();
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();
      await expect(error).toContainText(engineWords(lang, 'input.tooLarge'));
      expect(Date.now() - started).toBeLessThan(5_000);

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
      await policies.fill(JSON.stringify(hostile));
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();
      await expect(tool.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'block');
      await expect(tool.locator('[data-policy-id="evil"] h6')).toHaveText(
        hostile[0]?.displayName ?? '',
      );
      expect(await tool.locator('[data-results] img, [data-results] script').count()).toBe(0);
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
      await open(page, `/${lang}/tools/what-if/`);
      await page.getByLabel(w.policies, { exact: true }).fill(JSON.stringify({ value: [policy] }));
      await page.getByRole('button', { name: w.evaluate, exact: true }).click();
      const pre = page.locator('[data-policy-id="rule"] pre[data-error-offset]');
      await expect(pre).toHaveAttribute('data-error-offset', String(parsed.error.offset));
      await expect(pre).toContainText(rule);
      const marker = (await pre.locator('.kb-wi-marker').textContent()) ?? '';
      expect(marker.indexOf('^')).toBe(parsed.error.offset);
      await expect(page.locator('[data-policy-id="rule"]')).toContainText(
        messages[lang][parsed.error.key as keyof (typeof messages)['en']],
      );
    });

    test('the page points to its strings instead of embedding them', () => {
      const src = `/data/what-if-${lang}.json`;
      const html = builtFile(`/${lang}/tools/what-if/index.html`).toString('utf8');
      expect(html).not.toMatch(/<script[^>]*application\/json/);
      expect(html).toMatch(new RegExp(`<kb-what-if [^>]*data-src="${src}"`));
      const data = JSON.parse(builtFile(src).toString('utf8'));
      expect(data.locale).toBe(lang);
      expect(data.strings.evaluate).toBe(w.evaluate);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['it', 'en'] as const) {
    test(`the ${lang} page says the tool needs JavaScript and sends nothing`, async ({ page }) => {
      await open(page, `/${lang}/tools/what-if/`);
      // Playwright's text locators skip <noscript>: the class finds it.
      const note = page.locator('kb-what-if .kb-wi-noscript');
      await expect(note).toBeVisible();
      await expect(note).toContainText(words[lang].noscript);
    });
  }
});
