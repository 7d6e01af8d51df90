/**
 * The groups a search can be narrowed to. They follow the frontmatter `kind`, except that the
 * pages of single error codes (`codes/<code>/`, kind `reference`) form their own group: people
 * looking for a code want those pages, not the field reference.
 */
import type { pageKinds } from '../../schemas/frontmatter.ts';

/** The groups the search page offers as filters, in the order it lists them. */
export const searchKinds = ['cause', 'fix', 'faq', 'code', 'reference'] as const;

/** One filter group. */
export type SearchKind = (typeof searchKinds)[number];

/** Whether a string is one of the filter groups (for values read from an address). */
export function isSearchKind(value: string | null | undefined): value is SearchKind {
  return (searchKinds as readonly string[]).includes(value ?? '');
}

/**
 * The filter group of a page from its slug without locale (`codes/53004`) and its frontmatter
 * kind; pages of kind `overview` or `tool` belong to no group and appear under "all" only.
 */
export function searchKindOf(
  slug: string,
  kind: (typeof pageKinds)[number],
): SearchKind | undefined {
  if (/^codes\/[^/]+$/.test(slug)) return 'code';
  return isSearchKind(kind) ? kind : undefined;
}
