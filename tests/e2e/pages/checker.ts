import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../../config/locales';
import { expect, open } from '../fixtures';
import { interfaceStrings } from './strings';

/** The checker page, driven through its labels in the page's language. */
export class CheckerPage {
  /** An interface string of this language. */
  readonly s: (key: string) => string;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    this.s = interfaceStrings(locale);
  }

  get details(): Locator {
    return this.page.getByRole('textbox', { name: this.s('checker.details.label') });
  }

  get ticket(): Locator {
    return this.page.getByRole('textbox', { name: this.s('checker.ticket.label') });
  }

  /** The result region, named by its heading. */
  get result(): Locator {
    return this.page.getByRole('region', { name: this.s('checker.result.title') });
  }

  /** The announced status line over the result. */
  get status(): Locator {
    return this.result.getByRole('status').first();
  }

  /** The line that reports a copy. */
  get copyStatus(): Locator {
    return this.result.getByRole('status').last();
  }

  /** The radio of one answer. */
  option(question: string, value: string): Locator {
    return this.page
      .getByRole('group', { name: this.s(`checker.q.${question}`) })
      .getByRole('radio', { name: this.s(`checker.opt.${value}`), exact: true });
  }

  async open(hash = '') {
    await open(this.page, `/${this.locale}/checker/${hash}`);
    await expect(this.details).toBeVisible();
  }

  /** Pastes through the clipboard, as a person does (needs the clipboard permissions). */
  async paste(text: string) {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.details.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** The names of the recognised fields, in page order (`data-field`, read by outside checks). */
  fields() {
    return this.page
      .locator('kb-checker [data-field]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')));
  }

  /** The ranked causes, in rank order (`data-cause`, read by outside checks). */
  causes() {
    return this.page
      .locator('kb-checker [data-cause]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));
  }

  /** One recognised field. */
  field(name: string): Locator {
    return this.page.locator(`kb-checker [data-field="${name}"]`);
  }

  /** The value shown for a field, as the page shows it. */
  value(name: string): Locator {
    return this.field(name).locator('dd p').first();
  }
}
