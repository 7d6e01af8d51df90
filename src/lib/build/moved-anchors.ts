/**
 * Old links to sections that moved (config/moved-anchors.ts): on the old page, the heading that
 * now points to the new page gets an empty anchor per moved id (the heading anchors' plugin,
 * src/lib/heading-anchors.ts, adds them),
 *
 *   <h2 id="fix-safely">Fixing safely<span id="never-do"></span>…</h2>
 *
 * so that `/en/fix/admin/#never-do` scrolls to that heading, whose section links on. The spans
 * hold no text: the heading's accessible name and its "link to this section" label are unchanged.
 */
import type { Move } from '../../../config/moved-anchors';

/** The ids each heading of the page `slug` must also answer to: heading id → moved ids. */
export function stubsOf(
  moved: Readonly<Record<string, readonly Move[]>>,
  slug: string,
): Map<string, readonly string[]> {
  return new Map((moved[slug] ?? []).map((move) => [move.at, move.ids]));
}

/** A copy of `heading` with an empty anchor per id after its content. */
export function withStubs<T extends { children: unknown[] }>(
  heading: T,
  ids: readonly string[],
): T {
  return {
    ...heading,
    children: [
      ...heading.children,
      ...ids.map((id) => ({ type: 'element', tagName: 'span', properties: { id }, children: [] })),
    ],
  };
}
