/**
 * "Link to this section" anchors for the headings of the pages, as a Sätteri (hast) plugin.
 * Starlight's own (markdown.headingLinks) adds an SVG icon to every heading and 5 KB of CSS to
 * every page; this one writes the same structure with no icon (CSS draws a `#`):
 *
 *   <div class="kb-h kb-h2"><h2 id="x">Title</h2><a class="kb-a" href="#x" aria-label="Section
 *   titled “Title”"></a></div>
 *
 * The link stays outside the heading, so a heading's accessible name is its text alone. The label
 * is the page language's (`heading.anchorLabel`, with `{{title}}`), chosen from the file's path.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Move } from '../../../config/moved-anchors';
import { stubsOf, withStubs } from './moved-anchors';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The hast element shape this plugin reads and writes. */
interface Element {
  type: 'element';
  tagName: string;
  properties?: Record<string, unknown>;
  children: unknown[];
}

/** The label of a heading's anchor in one language. */
export function anchorLabel(template: string, title: string): string {
  return template.replace('{{title}}', title.trim());
}

/** The wrapper holding a heading and its anchor link; `undefined` for a heading without id. */
export function anchorHeading(heading: Element, title: string, template: string) {
  const id = heading.properties?.['id'];
  if (typeof id !== 'string' || !id) return undefined;
  return {
    type: 'element' as const,
    tagName: 'div',
    properties: { class: `kb-h kb-${heading.tagName}` },
    children: [
      heading,
      {
        type: 'element' as const,
        tagName: 'a',
        properties: { class: 'kb-a', href: `#${id}`, 'aria-label': anchorLabel(template, title) },
        children: [],
      },
    ],
  };
}

/**
 * The plugin, for `satteri({ hastPlugins })`. `labels` maps a locale (the first folder under
 * `docsDir`) to its label template; files elsewhere are left alone. `moved` lists the sections
 * that left a page: the heading that points to their new page also answers to their ids.
 */
export function headingAnchors(
  labels: Record<string, string>,
  docsDir: string,
  moved: Readonly<Record<string, readonly Move[]>> = {},
): HastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL ? decodeURIComponent(fileURL.pathname) : '';
    if (!path.startsWith(docsDir)) return null;
    const [locale = '', ...rest] = path.slice(docsDir.length).split('/');
    const template = labels[locale];
    if (!template) return null;
    const stubs = stubsOf(moved, rest.join('/').replace(/(\/index)?\.mdx?$/, ''));
    return {
      name: 'kb-heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const heading = node as Element;
          const ids = stubs.get(String(heading.properties?.['id'] ?? ''));
          const title = ctx.textContent(node);
          return anchorHeading(ids ? withStubs(heading, ids) : heading, title, template);
        },
      },
    };
  };
}
