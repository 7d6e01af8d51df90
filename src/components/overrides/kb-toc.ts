/**
 * `<kb-toc>`: marks the link of the section being read (`aria-current="true"`). In the mobile bar
 * it also shows that section's name and closes the list after a choice, a click outside or Escape.
 *
 * The section being read is the last heading whose top has scrolled above a line just under the
 * fixed header; it is recomputed at most once per frame while scrolling.
 */
class KbToc extends HTMLElement {
  #links: { link: HTMLAnchorElement; heading: HTMLElement }[] = [];
  #current: HTMLAnchorElement | undefined;
  #frame = 0;

  /** Pairs each link with its heading and starts following the scroll. */
  connectedCallback(): void {
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (heading) this.#links.push({ link, heading });
    }
    if (this.#links.length === 0) return;
    addEventListener('scroll', this.#schedule, { passive: true });
    addEventListener('resize', this.#schedule, { passive: true });
    this.#update();
    const details = this.querySelector('details');
    if (details) this.#wireDropdown(details);
  }

  /** Stops following the scroll. */
  disconnectedCallback(): void {
    removeEventListener('scroll', this.#schedule);
    removeEventListener('resize', this.#schedule);
  }

  #schedule = (): void => {
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#update);
  };

  /** Finds the section being read and marks its link. */
  #update = (): void => {
    this.#frame = 0;
    const line = (document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 80;
    let current = this.#links[0];
    for (const entry of this.#links)
      if (entry.heading.getBoundingClientRect().top <= line) current = entry;
    if (!current || current.link === this.#current) return;
    this.#current?.removeAttribute('aria-current');
    current.link.setAttribute('aria-current', 'true');
    this.#current = current.link;
    const label = this.querySelector('.kb-toc-current');
    if (label) label.textContent = current.link.textContent;
  };

  /** Closes the mobile list after a choice, a click outside it, or Escape (focus back on it). */
  #wireDropdown(details: HTMLDetailsElement): void {
    const close = () => (details.open = false);
    for (const { link } of this.#links) link.addEventListener('click', close);
    addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}

customElements.define('kb-toc', KbToc);
