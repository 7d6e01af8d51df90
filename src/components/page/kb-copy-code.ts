/**
 * Adds a copy button to every code block of an article: help desks copy the ready-made replies,
 * admins the queries. The buttons only exist when JavaScript runs; their labels come from the
 * `data-copy` / `data-copied` attributes the server rendered in the page's language.
 */
class KbCopyCode extends HTMLElement {
  /** Wraps each <pre> of the article and gives it a button. */
  connectedCallback(): void {
    const content = this.closest('.sl-container')?.querySelector('.sl-markdown-content');
    const label = this.dataset.copy;
    const done = this.dataset.copied;
    if (!content || !label || !done || !navigator.clipboard) return;
    for (const pre of content.querySelectorAll('pre')) {
      const wrap = document.createElement('div');
      wrap.className = 'kb-copy-wrap';
      pre.before(wrap);
      wrap.append(pre);
      pre.classList.add('kb-has-copy');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'kb-copy';
      button.textContent = label;
      button.addEventListener('click', () => void this.#copy(pre, button, label, done));
      wrap.append(button);
    }
  }

  /** Copies the block's text and says so for two seconds. */
  async #copy(
    pre: HTMLElement,
    button: HTMLButtonElement,
    label: string,
    done: string,
  ): Promise<void> {
    await navigator.clipboard.writeText(pre.textContent ?? '');
    button.textContent = done;
    setTimeout(() => (button.textContent = label), 2000);
  }
}

customElements.define('kb-copy-code', KbCopyCode);
