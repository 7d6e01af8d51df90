import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../../config/locales';
import { open } from '../fixtures';
import { ToolPage } from './tool';

/** The sign-in log reader, driven through its labels in the page's language. */
export class SignInLogsPage extends ToolPage {
  constructor(page: Page, locale: Locale) {
    super(page, locale, 'kb-sign-in-logs', 'signinLogs');
  }

  async open() {
    await open(this.page, `/${this.locale}/tools/sign-in-logs/`);
  }

  /** Chooses a file (a path, or a name, type and content). */
  async choose(file: Parameters<Locator['setInputFiles']>[0]) {
    await this.page.getByLabel(this.s('file.label')).setInputFiles(file);
  }

  /** Pastes a log in the paste box and reads it. */
  async paste(text: string) {
    await this.page.getByText(this.s('paste.summary')).click();
    await this.page.getByLabel(this.s('paste.label')).fill(text);
    await this.page.getByRole('button', { name: this.s('paste.submit') }).click();
  }

  /** The number of 53003 blocks (`data-total-blocked`, read by outside checks). */
  get totalBlocked(): Locator {
    return this.tool.locator('[data-total-blocked]');
  }

  /** The blocking policies, each with its 53003 count (`data-policy-name`, `data-count`). */
  blockingPolicies() {
    return this.tool
      .locator('[data-policy-name]')
      .evaluateAll((items) =>
        items.map((item) => [
          item.getAttribute('data-policy-name'),
          item.getAttribute('data-count'),
        ]),
      );
  }

  /** One blocking policy's card, by the start of its name. */
  policy(name: string): Locator {
    return this.tool.locator(`[data-policy-name^="${name}"]`);
  }

  /** The rows of the event list (its header row left out). */
  get eventRows(): Locator {
    return this.tool
      .getByRole('region', { name: this.s('events.caption') })
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  /** One event's details. */
  get detail(): Locator {
    return this.tool.getByRole('region', { name: this.s('event.heading') });
  }

  /** The results region (`data-results`). */
  get results(): Locator {
    return this.tool.locator('[data-results]');
  }

  /** The alert line. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }
}
