/**
 * `<kb-search>`: the header's search button, on every page, kept to a few hundred bytes.
 *
 * Lifecycle: nothing of search is fetched when the page loads. Pointing at or focusing the
 * button starts loading the dialog module (and its styles) and its strings (`data-src`); a click, a submit or Ctrl/⌘+K opens
 * it, and the dialog loads Pagefind. On the search page, Ctrl/⌘+K focuses the page's own field.
 * A page opened with a query string (a result link adds `?highlight=…`) loads the small
 * highlighting module, which does nothing unless that parameter is there.
 */

type Dialog = import('./search-dialog').SearchDialog;

class KbSearch extends HTMLElement {
  #dialog: Promise<Dialog> | undefined;
  #onKey = (event: KeyboardEvent) => this.#shortcut(event);

  /** Wires the button; rewrites the shortcut hint for Apple keyboards. */
  connectedCallback() {
    const form = this.querySelector('form');
    const button = this.querySelector('button');
    if (!form || !button) return;
    if (/Mac|iPhone|iPod|iPad/i.test(navigator.platform)) {
      const key = button.querySelector('kbd kbd');
      if (key) key.textContent = '⌘';
      button.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    const prime = () => void this.#load().catch(() => undefined);
    for (const type of ['pointerenter', 'focus', 'touchstart'])
      button.addEventListener(type, prime, { once: true, passive: true });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.open();
    });
    window.addEventListener('keydown', this.#onKey);
  }

  /** Stops listening to the keyboard when the element leaves the page. */
  disconnectedCallback() {
    window.removeEventListener('keydown', this.#onKey);
  }

  /** Opens the dialog, loading it first if needed; falls back to the search page on failure. */
  async open() {
    try {
      (await this.#load()).open();
    } catch {
      this.querySelector('form')?.submit();
    }
  }

  /** Loads the dialog module and its strings once; a failure is retried on the next attempt. */
  #load(): Promise<Dialog> {
    this.#dialog ??= Promise.all([
      import('./search-dialog'),
      // A plain fetch, not shared/load-data.ts: that would be one more module on every page. The
      // dialog checks what arrives; any failure opens the search page instead.
      fetch(this.dataset.src ?? '').then((r): Promise<unknown> => r.json()),
    ]).then(([{ SearchDialog }, strings]) => new SearchDialog(strings, this.querySelector('form')));
    this.#dialog.catch(() => {
      this.#dialog = undefined;
    });
    return this.#dialog;
  }

  /** Ctrl/⌘+K: the search page's own field if there is one, else the dialog. */
  #shortcut(event: KeyboardEvent) {
    if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey) || event.altKey)
      return;
    event.preventDefault();
    const field = document.querySelector<HTMLInputElement>('[data-search-input]');
    if (field) {
      field.focus();
      field.select();
    } else void this.open();
  }
}

customElements.define('kb-search', KbSearch);

// Article addresses carry no query string, except when opened from a search result.
if (location.search) void import('./highlight-page').then((m) => m.highlightPage());
