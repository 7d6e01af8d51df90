/**
 * The results part shared by the dialog and the search page: runs queries through the engine,
 * renders the list (`[data-search-results]`, in rank order, each result's first link to its
 * page, then links to its best sections) and a polite status line, and moves focus through the
 * results with the arrow keys. DOM is built with nodes and text, never from HTML strings.
 */
import type { ExcerptPart, ResultView } from '~/lib/search/results';
import type { SearchKind } from '~/lib/search/kinds';
import type { SearchStrings } from './strings';
import { loadViews, runSearch, type SearchOutcome } from './search-engine';

/** The elements a view drives; the caller owns and places them. */
export interface SearchViewParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
  /** The "more results" button, hidden while there are no more. */
  more: HTMLButtonElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function excerpt(parts: readonly ExcerptPart[]): HTMLElement {
  return el(
    'p',
    'kb-excerpt',
    ...parts.map((p) => (p.mark ? el('mark', '', p.text) : document.createTextNode(p.text))),
  );
}

function link(url: string, className: string, text: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = url;
  return a;
}

/**
 * Results shown at once, then added per click on "more results". Each costs one fragment file
 * (1–7 KB): three keep a first search from any page within 100 KB, with Pagefind's 71 KB of
 * code and wasm.
 */
const FIRST_PAGE = 3;
const NEXT_PAGE = 5;

/** Replaces `{name}` placeholders in an interface string. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export class SearchView {
  #parts: SearchViewParts;
  #strings: SearchStrings;
  #latest = 0;
  #outcome: SearchOutcome | undefined;
  #shown = 0;

  constructor(parts: SearchViewParts, strings: SearchStrings) {
    this.#parts = parts;
    this.#strings = strings;
    parts.more.hidden = true;
    parts.input.addEventListener('keydown', (e) => this.#fromInput(e));
    parts.list.addEventListener('keydown', (e) => this.#withinList(e));
    parts.more.addEventListener('click', () => void this.#showMore());
  }

  /**
   * Searches and renders, unless a newer search started meanwhile. `debounceMs` lets typing
   * settle first, so that the index chunks of half-typed words are not downloaded.
   */
  async search(query: string, kind: SearchKind | undefined, debounceMs = 0): Promise<void> {
    const ticket = ++this.#latest;
    if (!query.trim()) {
      await this.#render({ query, hits: [], terms: [] }, ticket);
      this.#parts.status.textContent = '';
      return;
    }
    if (debounceMs) {
      await new Promise((resolve) => setTimeout(resolve, debounceMs));
      if (ticket !== this.#latest) return;
    }
    this.#parts.list.setAttribute('aria-busy', 'true');
    this.#parts.status.textContent = this.#strings.loading;
    try {
      await this.#render(await runSearch(query, kind), ticket);
    } catch {
      if (ticket === this.#latest) {
        await this.#render({ query, hits: [], terms: [] }, ticket);
        this.#parts.status.textContent = this.#strings.error;
      }
    } finally {
      if (ticket === this.#latest) this.#parts.list.removeAttribute('aria-busy');
    }
  }

  /** The links of the list, in order: each result's page, then its sections. */
  links(): HTMLAnchorElement[] {
    return [...this.#parts.list.querySelectorAll('a')];
  }

  /** Draws the first results of an outcome and says how many there are, if still current. */
  async #render(outcome: SearchOutcome, ticket: number) {
    const first = await loadViews(outcome.hits.slice(0, FIRST_PAGE), outcome.terms);
    if (ticket !== this.#latest) return;
    const { list, status, more } = this.#parts;
    this.#outcome = outcome;
    this.#shown = first.length;
    list.replaceChildren(...first.map((r) => this.#result(r)));
    list.dataset.query = outcome.query;
    more.hidden = this.#shown >= outcome.hits.length;
    if (!outcome.query.trim()) return;
    const total = outcome.hits.length;
    const template =
      total === 0 ? this.#strings.none : total === 1 ? this.#strings.one : this.#strings.many;
    status.textContent = fill(template, { query: outcome.query.trim(), count: total });
  }

  /** Appends the next results and moves focus to the first of them. */
  async #showMore() {
    const outcome = this.#outcome;
    if (!outcome) return;
    const ticket = this.#latest;
    const next = await loadViews(
      outcome.hits.slice(this.#shown, this.#shown + NEXT_PAGE),
      outcome.terms,
    );
    if (ticket !== this.#latest || outcome !== this.#outcome) return;
    const items = next.map((r) => this.#result(r));
    this.#parts.list.append(...items);
    this.#shown += next.length;
    this.#parts.more.hidden = this.#shown >= outcome.hits.length;
    items[0]?.querySelector('a')?.focus();
  }

  #result(result: ResultView): HTMLLIElement {
    const item = el('li', 'kb-result', link(result.url, 'kb-result-link', result.title));
    if (result.kind) item.append(' ', el('span', 'kb-kind', this.#strings.kinds[result.kind]));
    if (result.excerpt.length) item.append(excerpt(result.excerpt));
    if (result.sections.length) {
      const sections = result.sections.map((s) =>
        el('li', 'kb-section', link(s.url, 'kb-section-link', s.title), excerpt(s.excerpt)),
      );
      item.append(el('ul', 'kb-sections', ...sections));
    }
    return item;
  }

  /** Arrow down from the field goes to the first result. */
  #fromInput(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown') return;
    const first = this.links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  }

  /** Arrow keys move between result links; up from the first one returns to the field. */
  #withinList(event: KeyboardEvent) {
    const links = this.links();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === 'ArrowDown') next = links[Math.min(at + 1, links.length - 1)];
    else if (event.key === 'ArrowUp') next = at === 0 ? this.#parts.input : links[at - 1];
    else if (event.key === 'Home') next = links[0];
    else if (event.key === 'End') next = links[links.length - 1];
    if (!next) return;
    event.preventDefault();
    next.focus();
  }
}
