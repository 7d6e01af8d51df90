/**
 * The results part shared by the dialog and the search page: runs queries through the engine,
 * renders the list (`[data-search-results]`, in rank order, each result's first link to its
 * page, then links to its best sections) and a polite status line, and moves focus through the
 * results with the arrow keys. DOM is built with nodes and text, never from HTML strings.
 */
import type { ExcerptPart, ResultView } from '../../lib/search/results';
import type { SearchKind } from '../../lib/search/kinds';
import type { SearchStrings } from './strings';
import { runSearch, type SearchOutcome } from './search-engine';

/** The elements a view drives; the caller owns and places them. */
export interface SearchViewParts {
  input: HTMLInputElement;
  list: HTMLElement;
  status: HTMLElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
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

/** Replaces `{name}` placeholders in an interface string. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export class SearchView {
  #parts: SearchViewParts;
  #strings: SearchStrings;
  #latest = 0;

  constructor(parts: SearchViewParts, strings: SearchStrings) {
    this.#parts = parts;
    this.#strings = strings;
    parts.input.addEventListener('keydown', (e) => this.#fromInput(e));
    parts.list.addEventListener('keydown', (e) => this.#withinList(e));
  }

  /**
   * Searches and renders, unless a newer search started meanwhile. `debounceMs` lets typing
   * settle before the index is queried.
   */
  async search(query: string, kind: SearchKind | undefined, debounceMs = 0): Promise<void> {
    const ticket = ++this.#latest;
    if (!query.trim()) {
      this.#render({ query, total: 0, results: [] });
      this.#parts.status.textContent = '';
      return;
    }
    this.#parts.list.setAttribute('aria-busy', 'true');
    this.#parts.status.textContent = this.#strings.loading;
    try {
      const outcome = await runSearch(query, kind, debounceMs);
      if (outcome && ticket === this.#latest) this.#render(outcome);
    } catch {
      if (ticket === this.#latest) {
        this.#render({ query, total: 0, results: [] });
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

  /** Draws one outcome and says how many results it has. */
  #render({ query, results, total }: SearchOutcome) {
    const { list, status } = this.#parts;
    list.replaceChildren(...results.map((r) => this.#result(r)));
    list.dataset.query = query;
    list.dataset.state = 'done';
    if (!query.trim()) return;
    const template =
      total === 0 ? this.#strings.none : total === 1 ? this.#strings.one : this.#strings.many;
    status.textContent = fill(template, { query: query.trim(), count: total });
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
