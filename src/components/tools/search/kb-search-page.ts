/**
 * `<kb-search-page>`: the search page. Runs the query in the address on load (`?q=vpn`, so a
 * help desk can send a search by e-mail), keeps the address in step as the person types
 * (`history.replaceState`, no new history entries), and filters by kind of page.
 */
import css from './search-ui.css?inline';
import { adoptStyles } from './adopt-styles';
import { parseStrings } from './strings';
import { SearchView } from './search-view';
import { isSearchKind, type SearchKind } from '~/lib/search/kinds';
import { readSearchState, writeSearchState } from '~/lib/search/url-state';

class KbSearchPage extends HTMLElement {
  #view: SearchView | undefined;
  #input: HTMLInputElement | null = null;

  /** Wires the server-rendered form and runs the query the address carries. */
  connectedCallback() {
    const strings = parseStrings(this.dataset.strings);
    const form = this.querySelector('form');
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    const list = this.querySelector<HTMLElement>('[data-search-results]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const more = this.querySelector<HTMLButtonElement>('button[data-more]');
    if (!strings || !form || !input || !list || !status || !more) return;
    adoptStyles(css);
    this.#input = input;
    this.#view = new SearchView({ input, list, status, more }, strings);

    const state = readSearchState(location.search);
    input.value = state.q;
    this.#setKind(state.kind);
    input.addEventListener('input', () => this.#update(250));
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).name === 'kind') this.#update(0);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(0);
    });
    if (state.q) void this.#view.search(state.q, state.kind);
  }

  /** The kind chosen in the filters, if any. */
  #kind(): SearchKind | undefined {
    const value = this.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value;
    return isSearchKind(value) ? value : undefined;
  }

  /** Checks the radio button of a kind (or "all"). */
  #setKind(kind: SearchKind | undefined) {
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name="kind"]'))
      radio.checked = radio.value === (kind ?? '');
  }

  /** Writes the state into the address and searches. */
  #update(debounceMs: number) {
    if (!this.#view || !this.#input) return;
    const state = { q: this.#input.value, kind: this.#kind() };
    const search = writeSearchState(state, location.search);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    void this.#view.search(state.q, state.kind, debounceMs);
  }
}

customElements.define('kb-search-page', KbSearchPage);
