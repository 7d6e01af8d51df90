/**
 * The parts of Starlight's sidebar entries that our lean sidebar renders. Starlight computes the
 * entries (labels in the reader's language, hrefs, the current page); these helpers only decide
 * what is open.
 */

/** A page in the sidebar. */
export interface NavLink {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
}

/** A group of entries, collapsible. */
export interface NavGroup {
  type: 'group';
  label: string;
  entries: NavEntry[];
  collapsed: boolean;
}

export type NavEntry = NavLink | NavGroup;

/** Whether the current page is somewhere inside these entries. */
export function hasCurrent(entries: readonly NavEntry[]): boolean {
  return entries.some((e) => (e.type === 'link' ? e.isCurrent : hasCurrent(e.entries)));
}

/**
 * The entries a page's sidebar shows: all of them, except that a collapsed group appears only on
 * its own pages. Elsewhere its pages are one click away through the section's index (the codes'
 * index lists every code), and every page is lighter by their links.
 */
export function visibleEntries(entries: readonly NavEntry[]): NavEntry[] {
  return entries.flatMap((entry): NavEntry[] => {
    if (entry.type === 'link') return [entry];
    if (entry.collapsed && !hasCurrent(entry.entries)) return [];
    return [{ ...entry, entries: visibleEntries(entry.entries) }];
  });
}

/** A group starts open unless it is configured collapsed and does not hold the current page. */
export function startsOpen(group: NavGroup): boolean {
  return !group.collapsed || hasCurrent(group.entries);
}
