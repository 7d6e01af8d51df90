import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../../config/locales';
import { open } from '../fixtures';
import { ToolPage } from './tool';

/** The What If tool, driven through its labels in the page's language. */
export class WhatIfPage extends ToolPage {
  constructor(page: Page, locale: Locale) {
    super(page, locale, 'kb-what-if', 'whatIf');
  }

  async open(hash = '') {
    await open(this.page, `/${this.locale}/tools/what-if/${hash}`);
  }

  get policies(): Locator {
    return this.page.getByLabel(this.s('policies.label'), { exact: true });
  }

  get locations(): Locator {
    return this.page.getByLabel(this.s('locations.label'), { exact: true });
  }

  /** The scenario's JSON box. */
  get scenario(): Locator {
    return this.page.getByLabel(this.s('json.label'), { exact: true });
  }

  /** A field of the scenario's form, by its label's key (`form.ipAddress`). */
  field(key: string): Locator {
    return this.page.getByLabel(this.s(key), { exact: true });
  }

  async evaluate() {
    await this.page.getByRole('button', { name: this.s('evaluate'), exact: true }).click();
  }

  /** The button that opens a policy's detail under its row of the summary table. */
  details(policyName: string): Locator {
    return this.tool.getByRole('button', {
      name: this.s('summary.detailsOf').replace('{name}', policyName),
      exact: true,
    });
  }

  /** The verdict box (`data-verdict`, read by outside checks). */
  get verdict(): Locator {
    return this.tool.locator('[data-verdict]');
  }

  /** The alert region. */
  get error(): Locator {
    return this.tool.locator('[data-error]');
  }

  /** The verdict and each policy's `data-applies`, as outside checks read them. */
  async result() {
    const verdict = await this.verdict.getAttribute('data-verdict');
    const policies = await this.tool.locator('[data-policy-id]').evaluateAll((items) =>
      items.map((item) => ({
        id: item.getAttribute('data-policy-id'),
        applies: item.getAttribute('data-applies'),
        reportOnly: item.hasAttribute('data-report-only'),
      })),
    );
    return { verdict, policies: policies.sort((a, b) => String(a.id).localeCompare(String(b.id))) };
  }
}
