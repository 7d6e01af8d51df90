/**
 * The 404's element: one static `/404.html` for every host, which reads the address that reached
 * it. It speaks the language of the link (`/en/…` English, `/it/…` Italian; elsewhere the
 * browser's), fills the search box with the link's words, and, once the language's page list
 * (`/data/pages-<locale>.json`) is in, either goes straight to the one page the link meant or
 * lists the nearest ones. The logic is src/lib/site/not-found.ts; without JavaScript, the page
 * shows every language's text and search form.
 */
import { isRecord } from '~/components/shared/load-data';
import { chooseLocale } from '~/lib/site/locale-choice';
import { planNotFound, type PagesData } from '~/lib/site/not-found';

/** Whether a fetched page list has the shape the plan needs. */
const isPagesData = (value: unknown): value is PagesData =>
  isRecord(value) && Array.isArray(value['pages']) && isRecord(value['moved']);

class KbNotFound extends HTMLElement {
  connectedCallback(): void {
    const sections = [...this.querySelectorAll<HTMLElement>('section[data-locale]')];
    const locales = sections.map((section) => section.dataset.locale ?? '');
    const preferred = chooseLocale(navigator.languages ?? [navigator.language]);
    const { pathname, search, hash } = location;
    const address = { pathname, search, hash };
    const first = planNotFound(address, locales, preferred, undefined);
    const section = sections.find((s) => s.dataset.locale === first.locale);
    if (!section) return;
    // Every part in another language (the sections, the site's name in the bar) steps aside.
    for (const other of document.querySelectorAll<HTMLElement>('[data-locale]'))
      other.hidden = other.dataset.locale !== first.locale;
    // The page reads as one language: its title in the tab, its name for screen readers.
    document.documentElement.lang = section.lang;
    document.title = section.dataset.title ?? document.title;
    const input = section.querySelector<HTMLInputElement>('input[type="search"]');
    if (input && first.query) input.value = first.query;
    void this.#recover(address, locales, preferred, section);
  }

  /** Fetches the language's pages, then goes to the page meant or lists the nearest. */
  async #recover(
    address: { pathname: string; search: string; hash: string },
    locales: string[],
    preferred: string,
    section: HTMLElement,
  ): Promise<void> {
    const status = section.querySelector<HTMLElement>('[data-not-found-status]');
    const list = section.querySelector<HTMLUListElement>('[data-not-found-pages]');
    const locale = section.dataset.locale ?? '';
    if (status) status.hidden = false;
    let data: PagesData | undefined;
    try {
      const response = await fetch(`/data/pages-${locale}.json`);
      const json: unknown = response.ok ? await response.json() : undefined;
      data = isPagesData(json) ? json : undefined;
    } catch {
      data = undefined;
    }
    const plan = planNotFound(address, locales, preferred, data);
    if (plan.to) {
      location.replace(plan.to);
      return;
    }
    if (status) status.hidden = true;
    if (!list || plan.pages.length === 0) return;
    for (const page of plan.pages) {
      const link = document.createElement('a');
      link.href = page.path;
      link.textContent = page.title;
      const item = document.createElement('li');
      item.append(link);
      list.append(item);
    }
    list.hidden = false;
    list.previousElementSibling?.removeAttribute('hidden');
  }
}

customElements.define('kb-not-found', KbNotFound);
