/**
 * `<kb-theme-select>`: shows the stored theme choice and applies a new one. The page's theme was
 * already set before the first paint by the inline boot script (theme-boot.ts); this element only
 * keeps the select in step and reacts to changes, also to the system's when the choice is "auto".
 */
import { themeStorageKey } from './theme-boot';

type Choice = 'auto' | 'dark' | 'light';

const parse = (value: unknown): Choice => (value === 'dark' || value === 'light' ? value : 'auto');

const system = matchMedia('(prefers-color-scheme: light)');

/** The stored choice; `auto` when nothing (or nothing readable) is stored. */
function stored(): Choice {
  try {
    return parse(localStorage.getItem(themeStorageKey));
  } catch {
    return 'auto';
  }
}

/** Sets the page's theme and remembers the choice (an empty value means "auto"). */
function apply(choice: Choice): void {
  document.documentElement.dataset.theme =
    choice === 'auto' ? (system.matches ? 'light' : 'dark') : choice;
  try {
    localStorage.setItem(themeStorageKey, choice === 'auto' ? '' : choice);
  } catch {
    // Private modes may refuse storage: the theme still applies to this page.
  }
  for (const select of document.querySelectorAll<HTMLSelectElement>('kb-theme-select select'))
    select.value = choice;
}

system.addEventListener('change', () => {
  if (stored() === 'auto') apply('auto');
});

class KbThemeSelect extends HTMLElement {
  /** Shows the stored choice and listens for a new one. */
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = stored();
    select.addEventListener('change', () => apply(parse(select.value)));
  }
}

customElements.define('kb-theme-select', KbThemeSelect);
