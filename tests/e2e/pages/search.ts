import type { Locator, Page } from '@playwright/test';
import type { Locale } from '../../../config/locales';
import { expect, open } from '../fixtures';

/** The search page, driven as a person would: field, results, address. */
export class SearchPage {
  /** The page's own search field (the header's dialog has another, closed here). */
  readonly input: Locator;
  /** The list of results (`data-search-results`, read by outside checks). */
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('main').getByRole('searchbox');
    this.results = page.getByRole('main').locator('[data-search-results]');
  }

  /** Opens `/<lang>/search/` with an optional `?q=`. */
  async goto(lang: Locale, query?: string) {
    await open(this.page, `/${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  }

  /** Waits until the list shows the results of `query`. */
  async settled(query: string, list: Locator = this.results) {
    await expect(list).toHaveAttribute('data-query', query);
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
  }

  /** The path of each result's first link, in rank order. */
  async resultPaths(list: Locator = this.results) {
    return list
      .locator(':scope > li')
      .evaluateAll((items) =>
        items.map((li) => new URL(li.querySelector('a')?.href ?? '').pathname),
      );
  }
}
