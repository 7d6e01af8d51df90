/**
 * The one DOM builder of the site's elements. Children that are strings become text nodes, so
 * nothing read from a file, a paste or a URL is ever parsed as markup; attribute names are always
 * ours (never read from input), their values are set as plain strings.
 */

/** A child of {@link h}: a node, a text, or nothing (`null`, `undefined`, `false` are skipped). */
export type Child = Node | string | null | undefined | false;

/** Attributes of {@link h}: `class` included; `undefined` and `false` leave one out. */
export type Attrs = Readonly<Record<string, string | undefined | false>>;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== undefined && value !== false) el.setAttribute(name, value);
  for (const child of children)
    if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}
