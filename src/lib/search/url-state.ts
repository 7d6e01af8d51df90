/**
 * The search page's state lives in its address, so that `/it/search/?q=vpn` can be pasted in an
 * e-mail: `q` is the query as typed, `kind` an optional filter by kind of page. Pure functions
 * over `URLSearchParams` strings; the custom element calls `history.replaceState` with them.
 */
import { isSearchKind, type SearchKind } from './kinds.ts';

/** What the address says about a search. */
export interface SearchState {
  /** The query as the person typed it (not normalised: the address shows what they wrote). */
  q: string;
  /** Only pages of this group (see `kinds.ts`), or every page when undefined. */
  kind: SearchKind | undefined;
}

/** The query parameter that carries the words to highlight on the page a result opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Reads the search state from a query string (`?q=vpn&kind=cause`); unknown kinds are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  return { q: params.get('q') ?? '', kind: isSearchKind(kind) ? kind : undefined };
}

/**
 * Writes the search state into a query string, keeping any other parameter already there.
 * Empty values are dropped, so an empty search gives back a clean address. Returns `''` or a
 * string starting with `?`.
 */
export function writeSearchState(state: SearchState, current = ''): string {
  const params = new URLSearchParams(current);
  if (state.q.trim()) params.set('q', state.q);
  else params.delete('q');
  if (state.kind) params.set('kind', state.kind);
  else params.delete('kind');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Adds the words to highlight to a result's address, before its `#anchor`:
 * `/it/faq/#vpn` + ["vpn"] → `/it/faq/?highlight=vpn#vpn`. No words, no parameter.
 */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (!terms.length) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const base = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = base.indexOf('?');
  const path = queryAt >= 0 ? base.slice(0, queryAt) : base;
  const params = new URLSearchParams(queryAt >= 0 ? base.slice(queryAt) : '');
  params.set(HIGHLIGHT_PARAM, terms.join(' '));
  return `${path}?${params.toString()}${hash}`;
}

/** Reads the words to highlight from a page's query string; none when the parameter is absent. */
export function readHighlight(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return [...new Set(value.split(/\s+/).filter((w) => w.length >= 2))].slice(0, 12);
}
