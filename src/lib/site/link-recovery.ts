/**
 * Finding the page a broken link meant (src/lib/site/broken-link.ts reads the link). Pure: the
 * 404's element gives it the link and the site's pages in the link's language, and either goes
 * to the page (`to`) or offers the nearest ones (`pages`).
 *
 * In order:
 * 1. the slug is a page: the damage was only in the wrapping (an encoded `#`, glued punctuation);
 * 2. the slug is an old path of a page that moved (config/moved-pages.ts);
 * 3. the slug is the start of page paths: a link cut short. One page, or one that all the others
 *    sit under (`fix/help` → `fix/helpdesk`, not `fix/helpdesk/replies`), is where it goes;
 * 4. the slug goes on past a page: the fragment's `#` became `/`, or words were glued on;
 * 5. one page is within a typo or two of the slug (`causes/locaton`);
 * otherwise the pages nearest by path and by title are offered, best first.
 * The fragment follows when it names a heading of the page (or starts one uniquely), or when
 * it is a tool's state (`#details=…`); an unknown id is dropped, so the page opens at its top.
 */
import { fragmentText, isStateFragment, type BrokenLink } from './broken-link';

/** A page the reader may be sent to, in one language. */
export interface KnownPage {
  /** The page's path (`/it/causes/location/`). */
  path: string;
  /** The page's title, as its heading shows it. */
  title: string;
  /** The ids its headings (and moved sections) answer to. */
  ids: readonly string[];
}

/** What the 404 should do with a broken link. */
export interface Recovery {
  /** The address to go to at once (path, and fragment when it helps), if one page is meant. */
  to?: string;
  /** The nearest pages, best first, when none is sure; empty when nothing is near. */
  pages: KnownPage[];
}

/** How many pages to offer at most. */
const OFFERED = 5;
/** The nearness (0–1) below which a page is not worth offering. */
const NEAR = 0.4;

/** The page's path without its language and slashes: `/it/causes/location/` → `causes/location`. */
export function slugOfPath(path: string): string {
  return path.split('/').filter(Boolean).slice(1).join('/');
}

/** The edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/** Lower case without accents, for comparing words (`Perché` → `perche`). */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, folded: runs of letters and digits two or more long. */
function wordsOf(text: string): string[] {
  return fold(text).match(/[\p{L}\d]{2,}/gu) ?? [];
}

/** Whether `ancestor` is `slug` or one of its parents, by whole segments. */
function isUnder(slug: string, ancestor: string): boolean {
  return ancestor === '' || slug === ancestor || slug.startsWith(`${ancestor}/`);
}

/**
 * The id among `ids` (a page's) that a fragment names: exactly; as the one id it starts (a fragment cut
 * short, `what-you-can`); or as the longest id it starts with (words glued on when a mail client
 * joined lines, `what-you-can-tryPlease`). `undefined` when it names none.
 */
export function matchId(fragment: string, ids: readonly string[]): string | undefined {
  if (!fragment) return undefined;
  if (ids.includes(fragment)) return fragment;
  if (fragment.length < 3) return undefined;
  const started = ids.filter((id) => id.startsWith(fragment));
  if (started.length === 1) return started[0];
  return ids
    .filter((id) => id.length >= 4 && fragment.startsWith(id))
    .sort((a, b) => b.length - a.length)[0];
}

/** The address of `page` with what of the link's fragment can follow it. */
function addressOf(page: KnownPage, link: BrokenLink, fragment = fragmentText(link)): string {
  if (isStateFragment(link)) return `${page.path}#${link.fragment}`;
  const id = matchId(fragment, page.ids);
  return id ? `${page.path}#${id}` : page.path;
}

/**
 * How near `page` is to the link, from 0 (nothing shared) to 1: half the likeness of the paths
 * (whole, or their last segments), half the share of the link's words found in the page's
 * title or path (a word cut short counts when a word starts with it). A last segment that is a
 * whole word of the page's path (`codes/53003` and `what-is-53003`) puts the page at the top.
 */
function nearness(slug: string, words: readonly string[], page: KnownPage): number {
  const pageSlug = slugOfPath(page.path);
  const likeness = (a: string, b: string) =>
    a && b ? 1 - editDistance(a, b) / Math.max(a.length, b.length) : 0;
  const last = (s: string) => s.split('/').at(-1) ?? '';
  const slugWords = wordsOf(pageSlug.replace(/[/-]/g, ' '));
  const own = [...wordsOf(page.title), ...slugWords];
  const found = words.filter((word) =>
    own.some((w) => w === word || (word.length >= 3 && w.startsWith(word))),
  ).length;
  const score =
    0.5 * Math.max(likeness(slug, pageSlug), likeness(last(slug), last(pageSlug))) +
    0.5 * (words.length > 0 ? found / words.length : 0);
  return slugWords.includes(last(slug)) ? 1 : score;
}

/**
 * What to do with `link`, given the site's `pages` in its language and the pages that moved
 * (`moved`: old slug → new slug, both without language).
 */
export function recoverLink(
  link: BrokenLink,
  pages: readonly KnownPage[],
  moved: Readonly<Record<string, string>> = {},
): Recovery {
  const bySlug = new Map(pages.map((page) => [slugOfPath(page.path), page]));
  const { slug } = link;
  const go = (page: KnownPage | undefined, fragment?: string): Recovery | undefined =>
    page ? { to: addressOf(page, link, fragment), pages: [page] } : undefined;

  // 1 and 2: the page itself, or the page it moved to (a moved parent takes its children along).
  const exact = go(bySlug.get(slug));
  if (exact) return exact;
  const movedFrom = Object.keys(moved)
    .filter((from) => isUnder(slug, from) && from !== '')
    .sort((a, b) => b.length - a.length)[0];
  if (movedFrom !== undefined) {
    const target = go(bySlug.get(`${moved[movedFrom]}${slug.slice(movedFrom.length)}`));
    if (target) return target;
  }

  // 3: a link cut short.
  const started = slug
    ? pages.filter((page) => slugOfPath(page.path).startsWith(slug) && slugOfPath(page.path))
    : [];
  const shortest = [...started].sort((a, b) => a.path.length - b.path.length)[0];
  if (
    shortest &&
    started.every((page) => isUnder(slugOfPath(page.path), slugOfPath(shortest.path)))
  )
    return go(shortest) ?? { pages: [] };

  // 4: a link that goes on past a page: the deepest page it passes through.
  const passed = [...bySlug.entries()]
    .filter(([pageSlug]) => pageSlug !== '' && slug.startsWith(`${pageSlug}/`))
    .sort(([a], [b]) => b.length - a.length)[0];
  if (passed) {
    const [pageSlug, page] = passed;
    const rest = slug.slice(pageSlug.length + 1);
    const hasChildren = [...bySlug.keys()].some((other) => other.startsWith(`${pageSlug}/`));
    // `causes/location/what-you-can-try`: a `#` that became `/`.
    if (!rest.includes('/') && matchId(rest, page.ids)) return go(page, rest) ?? { pages: [] };
    // Words glued to a page that has no pages under it: nothing else can be meant.
    if (!hasChildren) return go(page) ?? { pages: [] };
  }

  // 5: one page within a typo or two.
  const words = wordsOf(slug.replace(/[/-]/g, ' '));
  if (slug.length >= 4) {
    const distances = pages
      .map((page) => ({ page, distance: editDistance(slug, slugOfPath(page.path)) }))
      .sort((a, b) => a.distance - b.distance);
    const [best, second] = distances;
    const allowed = Math.min(2, Math.floor(slug.length / 4));
    if (best && best.distance <= allowed && (!second || second.distance > best.distance))
      return go(best.page) ?? { pages: [] };
  }

  // Otherwise the nearest pages: those a cut link could have meant, those near by path or title.
  return {
    pages: pages
      .map((page) => ({
        page,
        score: Math.max(started.includes(page) ? 0.9 : 0, nearness(slug, words, page)),
      }))
      .filter(({ score }) => score >= NEAR)
      .sort((a, b) => b.score - a.score || a.page.path.length - b.page.path.length)
      .slice(0, OFFERED)
      .map(({ page }) => page),
  };
}
