/**
 * The search dialog behind the header button, built on first use (see `kb-search.ts`). Its
 * styles come with it, so pages pay nothing for search until someone wants it.
 */
import css from './search-ui.css?inline';
import { adoptStyles } from './adopt-styles';
import { isSearchStrings } from './strings';
import { SearchView } from './search-view';
import { loadPagefind } from './search-engine';

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export class SearchDialog {
  #dialog: HTMLDialogElement;
  #input: HTMLInputElement;
  #more: HTMLAnchorElement;
  #view: SearchView;
  #action: string;

  /**
   * Builds the dialog from its strings (as fetched, checked here) and the button's form, whose
   * action is the search page.
   */
  constructor(strings: unknown, form: HTMLFormElement | null) {
    if (!isSearchStrings(strings) || !form) throw new Error('kb-search: missing strings or form');
    adoptStyles(css);
    this.#action = form.getAttribute('action') ?? '/';
    const id = 'kb-search-dialog-input';
    this.#input = make('input', {
      id,
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'go',
      placeholder: strings.placeholder,
      'aria-describedby': 'kb-search-dialog-keys',
    });
    const cancel = make('button', { type: 'button', class: 'kb-cancel' }, strings.cancel);
    const status = make('p', { role: 'status', class: 'kb-status' });
    const list = make('ol', {
      'data-search-results': '',
      class: 'kb-results',
      'aria-label': strings.results,
    });
    const more = make('button', { type: 'button', class: 'kb-more' }, strings.more);
    this.#more = make('a', { href: this.#action, class: 'kb-open-page' }, strings.openPage);
    const bar = make(
      'form',
      { role: 'search', action: this.#action, method: 'get', class: 'kb-bar' },
      make('label', { for: id, class: 'sr-only' }, strings.input),
      this.#input,
      cancel,
    );
    const keys = make('p', { id: 'kb-search-dialog-keys', class: 'kb-keys' }, strings.keys);
    this.#dialog = make(
      'dialog',
      { class: 'kb-dialog', 'aria-label': strings.input },
      make('div', { class: 'kb-frame' }, bar, keys, status, list, more, make('p', {}, this.#more)),
    );
    document.body.append(this.#dialog);
    this.#view = new SearchView({ input: this.#input, list, status, more }, strings);

    cancel.addEventListener('click', () => this.#dialog.close());
    this.#dialog.addEventListener('click', (event) => {
      // A click on the backdrop lands on the dialog itself; a click on a result link navigates.
      if (event.target === this.#dialog) this.#dialog.close();
    });
    this.#dialog.addEventListener('close', () =>
      document.documentElement.removeAttribute('data-search-open'),
    );
    this.#input.addEventListener('input', () => this.#search(200));
    bar.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = this.#view.links()[0];
      if (first) first.click();
      else void this.#search(0);
    });
  }

  /** Shows the dialog with the field focused and starts loading Pagefind. */
  open() {
    if (!this.#dialog.open) {
      this.#dialog.showModal();
      document.documentElement.setAttribute('data-search-open', '');
    }
    this.#input.focus();
    this.#input.select();
    void loadPagefind().catch(() => undefined);
  }

  /** Runs the field's query and keeps the link to the search page on the same query. */
  async #search(debounceMs: number) {
    const q = this.#input.value;
    // Not `writeSearchState`: that module is not otherwise needed here, and every byte counts.
    this.#more.href = q.trim() ? `${this.#action}?${new URLSearchParams({ q })}` : this.#action;
    await this.#view.search(q, undefined, debounceMs);
  }
}
