import postcss, { type Container } from 'postcss';

/** The custom properties `text` reads with `var(--name…)`. */
function references(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] ?? ''));
}

/** Removes rules and at-rules left empty. */
function dropEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'rule' && node.type !== 'atrule') return;
    if (node.nodes) dropEmpty(node);
    if (node.nodes && node.nodes.length === 0) node.remove();
  });
}

/**
 * `css` without the custom property declarations that nothing reads: not its other declarations,
 * not the custom properties those read in turn, and not `context` (the rest of the page, whose
 * inline styles and style attributes may read them too). Used on a page's critical CSS, where
 * Starlight's theme defines about a hundred properties and a page reads a part of them.
 */
export function pruneCustomProperties(css: string, context = ''): string {
  const root = postcss.parse(css);
  const fromContext = references(context);
  for (;;) {
    const used = new Set(fromContext);
    root.walkDecls((decl) => {
      for (const name of references(decl.value)) used.add(name);
    });
    let removed = 0;
    root.walkDecls(/^--/, (decl) => {
      if (!used.has(decl.prop)) {
        decl.remove();
        removed += 1;
      }
    });
    if (removed === 0) break;
  }
  dropEmpty(root);
  return root.toString();
}
