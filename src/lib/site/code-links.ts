/**
 * Site paths inside code blocks become full addresses at build time. The help desk's ready
 * replies (`fix/helpdesk/replies`) are code blocks that agents copy into e-mails, and a bare
 * `/it/causes/location/#what-you-can-try` is not a link in an e-mail; written out with the site's
 * address (config/site.ts), it is, whether it is copied with the button or selected by hand.
 *
 * Only paths that start a word and name one of the site's languages are touched
 * (`/it/…`, `/en/…`); addresses already absolute, and every other text, stay as they are.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { absoluteUrl } from './absolute-url';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The hast node shapes this plugin reads and writes. */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

/** Characters that end a path in running text: spaces, quotes, brackets. */
const PATH_END = `\\s"'<>()\\[\\]«»“”‘’`;

/**
 * `text` with each site path written as a full address on `site`. A path starts a line or
 * follows a space, a bracket or a quote, and is `/<locale>/…` for one of `locales`; the stop or
 * comma of the sentence after it is not part of it.
 */
export function absolutePaths(text: string, site: string, locales: readonly string[]): string {
  const pattern = new RegExp(
    `(^|[\\s(\\[«“"'])(/(?:${locales.join('|')})/[^${PATH_END}]*?)(?=[.,;:!?]*(?:[${PATH_END}]|$))`,
    'gmu',
  );
  return text.replace(
    pattern,
    (_, before: string, path: string) => before + absoluteUrl(path, site),
  );
}

/** A copy of `node` whose text, at any depth, has its site paths written out. */
function rewrite(node: Node, site: string, locales: readonly string[]): Node {
  if (node.type === 'text' && typeof node.value === 'string')
    return { ...node, value: absolutePaths(node.value, site, locales) };
  if (!node.children) return node;
  return { ...node, children: node.children.map((child) => rewrite(child, site, locales)) };
}

/** The plugin, for `satteri({ hastPlugins })`: every `<pre>` of every page. */
export function codeLinks(site: string, locales: readonly string[]): HastPluginEntry {
  return {
    name: 'kb-code-links',
    element: {
      filter: ['pre'],
      visit: (node) => rewrite(node as unknown as Node, site, locales) as never,
    },
  };
}
