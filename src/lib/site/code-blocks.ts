/**
 * The code blocks of the pages, at build time (a Sätteri hast plugin):
 *
 * - Site paths inside them become full addresses. The help desk's ready replies
 *   (`fix/helpdesk/replies`) are code blocks that agents copy into e-mails, and a bare
 *   `/it/causes/location/#what-you-can-try` is not a link in an e-mail; written out with the
 *   site's address (config/site.ts), it is, whether copied with the button or selected by hand.
 *   Only paths that start a word and name one of the site's languages are touched (`/it/…`,
 *   `/en/…`); addresses already absolute, and every other text, stay as they are.
 * - Each block gets its copy button in the HTML, labelled in the page's language:
 *
 *     <div class="kb-copy-wrap"><pre>…</pre><button type="button" class="kb-copy">Copia</button></div>
 *
 *   No script builds them; the page's copy script (src/components/page/kb-copy.ts) makes them
 *   work, and CSS hides them where scripts are off.
 */
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { absoluteUrl } from './absolute-url';

type HastPluginEntry = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The hast node shapes this plugin reads and writes. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
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

/** A code block (`pre`) in its wrapper, followed by its copy button labelled `label`. */
export function withCopyButton(pre: Node, label: string): Node {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['kb-copy-wrap'] },
    children: [
      pre,
      {
        type: 'element',
        tagName: 'button',
        properties: { type: 'button', className: ['kb-copy'] },
        children: [{ type: 'text', value: label }],
      },
    ],
  } as Node;
}

/** What the plugin needs: the site's address and languages, and each language's button label. */
export interface CodeBlockOptions {
  /** The public address (config/site.ts `siteUrl`). */
  site: string;
  /** The site's languages, which are also the first folder of each page under `docsDir`. */
  locales: readonly string[];
  /** The copy button's label per language (`code.copy`); no label, no button. */
  copyLabels: Readonly<Record<string, string>>;
  /** Where the pages live: a page's language is the first folder under it. */
  docsDir: string;
}

/** The plugin, for `satteri({ hastPlugins })`: every `<pre>` of every page. */
export function codeBlocks(options: CodeBlockOptions): HastPluginEntry {
  return ({ fileURL }) => {
    const path = fileURL ? decodeURIComponent(fileURL.pathname) : '';
    const locale = path.startsWith(options.docsDir)
      ? (path.slice(options.docsDir.length).split('/')[0] ?? '')
      : '';
    const label = options.copyLabels[locale];
    return {
      name: 'kb-code-blocks',
      element: {
        filter: ['pre'],
        visit: (node) => {
          const pre = rewrite(node as unknown as Node, options.site, options.locales);
          return (label ? withCopyButton(pre, label) : pre) as never;
        },
      },
    };
  };
}
