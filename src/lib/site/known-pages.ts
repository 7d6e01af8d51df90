/**
 * The list of pages the 404 recovers links to, per language: path, title and the ids a link
 * may name (each heading's, and those of sections that moved away and land on it). Built from
 * the content at build time (`/data/pages-<locale>.json`) and, in the unit tests, from disk.
 */
import type { Move } from '../../../config/moved-anchors';
import { extractHeadings } from '../build/content-tree';
import { stubsOf } from '../build/moved-anchors';
import type { KnownPage } from './link-recovery';

/** One page of the content, as the collection or the disk gives it. */
export interface PageSource {
  /** The page's language (the first folder of its path). */
  locale: string;
  /** The page's slug without the language (`causes/location`, `''` for the home page). */
  slug: string;
  /** The frontmatter title. */
  title: string;
  /** The MDX body, whose `## Title { #id }` headings give the ids. */
  body: string;
}

/** A page as the 404 knows it. `moved` lists the sections that left pages (their ids stay). */
export function knownPage(
  source: PageSource,
  moved: Readonly<Record<string, readonly Move[]>>,
): KnownPage {
  const stubs = stubsOf(moved, source.slug);
  const ids = extractHeadings(source.body).flatMap(({ id }) =>
    id ? [id, ...(stubs.get(id) ?? [])] : [],
  );
  return {
    path: source.slug ? `/${source.locale}/${source.slug}/` : `/${source.locale}/`,
    title: source.title,
    ids,
  };
}
