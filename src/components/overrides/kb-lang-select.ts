/**
 * `<kb-lang-select>`: opens the chosen language's version of the page. Only the path changes, so
 * a link to a section (`#what-it-must-do`) lands on the same section: ids are shared.
 */
class KbLangSelect extends HTMLElement {
  /** Navigates on change; resets the select when the page comes back from the back/forward cache. */
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.addEventListener('change', () => {
      location.pathname = select.value;
    });
    window.addEventListener('pageshow', (event) => {
      if (!event.persisted) return;
      select.selectedIndex =
        select.querySelector<HTMLOptionElement>('option[selected]')?.index ?? 0;
    });
  }
}

customElements.define('kb-lang-select', KbLangSelect);
