import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../../config/locales';
import { interfaceStrings } from './strings';

/** What the tools' page objects share: the tool's element and its strings in the page's language. */
export class ToolPage {
  /** An interface string of the tool (`<prefix>.<key>`). */
  readonly s: (key: string) => string;
  /** The tool's element. */
  readonly tool: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    element: string,
    prefix: string,
  ) {
    const strings = interfaceStrings(locale);
    this.s = (key) => strings(`${prefix}.${key}`);
    this.tool = page.locator(element);
  }
}
