/** The tool's status lines: the polite message, the alert region, and hiding a stale result. */
import { h } from '~/components/shared/dom.ts';

export class Status {
  #root: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  /** Sets the polite status line. */
  message(text: string) {
    const line = this.#root.querySelector('[data-message]');
    if (line) line.textContent = text;
  }

  /** Sets (or clears) the alert region with one line. */
  error(text: string) {
    this.errors(text ? [text] : []);
  }

  /** Sets the alert region to these lines. */
  errors(lines: string[]) {
    const region = this.#root.querySelector('[data-error]');
    if (region) region.replaceChildren(...lines.map((line) => h('p', {}, line)));
  }

  /** Hides the result (after an error, an old result would mislead). */
  hideResults() {
    const section = this.#root.querySelector<HTMLElement>('[data-results]');
    if (section) section.hidden = true;
  }
}
