/**
 * What the 404 page does with the address that reached it, in one call for its element: which
 * language to speak, where to go if one page is meant, which pages to offer otherwise, and what
 * to put in the search box. Pure; the element (kb-not-found) reads `location`, fetches the page
 * list of the language (`/data/pages-<locale>.json`) and acts on the plan.
 */
import { readBrokenLink, searchWords, type Address } from './broken-link';
import { recoverLink, type KnownPage } from './link-recovery';

/** The page list of one language, as `/data/pages-<locale>.json` holds it. */
export interface PagesData {
  pages: KnownPage[];
  /** Old slug → new slug of pages that moved (config/moved-pages.ts). */
  moved: Record<string, string>;
}

/** The 404's plan for one address. */
export interface NotFoundPlan {
  /** The language of the page: the link's, else the reader's. */
  locale: string;
  /** Where to go at once, when one page is meant. */
  to?: string;
  /** The pages to offer, best first. */
  pages: KnownPage[];
  /** The words for the search box. */
  query: string;
}

/** The address as the 404 page itself is served under: nothing to recover from. */
const SELF = /^\/404(\.html)?$/i;

/** The language the 404 speaks for `address`, before its page list is known. */
export function notFoundLocale(
  address: Address,
  locales: readonly string[],
  preferred: string,
): string {
  return readBrokenLink(address, locales, preferred).locale;
}

/**
 * The plan for `address`, given the page list of its language (`undefined` when it could not be
 * loaded: then only the search words). Never sends the reader back to the address itself.
 */
export function planNotFound(
  address: Address,
  locales: readonly string[],
  preferred: string,
  data: PagesData | undefined,
): NotFoundPlan {
  const link = readBrokenLink(address, locales, preferred);
  if (SELF.test(address.pathname)) return { locale: link.locale, pages: [], query: '' };
  const base = { locale: link.locale, query: searchWords(link) };
  if (!data) return { ...base, pages: [] };
  const { to, pages } = recoverLink(link, data.pages, data.moved);
  const here = `${address.pathname}${address.search ?? ''}${address.hash ?? ''}`;
  return to && to !== here ? { ...base, to, pages } : { ...base, pages };
}
