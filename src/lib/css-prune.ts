import postcss, { type AtRule, type Container, type Rule } from 'postcss';

/** The custom properties `text` reads with `var(--name…)`. */
function references(text: string): Set<string> {
  return new Set([...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] ?? ''));
}

/**
 * Removes rules and at-rules left empty. An empty `@layer name { }` becomes the statement
 * `@layer name;`: the first mention of a layer fixes its place in the cascade, which must not move.
 */
function dropEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'rule' && node.type !== 'atrule') return;
    if (node.nodes) dropEmpty(node);
    if (!node.nodes || node.nodes.length > 0) return;
    if (node.type === 'atrule' && node.name === 'layer')
      node.replaceWith(postcss.atRule({ name: 'layer', params: node.params }));
    else node.remove();
  });
}

/** A rule's identity: the at-rules around it, its selector and its declarations. */
function ruleKey(rule: Rule): string {
  const path: string[] = [];
  for (let parent = rule.parent; parent?.type === 'atrule'; parent = parent.parent) {
    const at = parent as AtRule;
    path.unshift(`@${at.name} ${at.params}`);
  }
  const body = (rule.nodes ?? []).map((node) => node.toString().trim()).join(';');
  return `${path.join(' ')} ${rule.selector} {${body}}`;
}

/**
 * `css` without the rules that `later` repeats exactly (same at-rules around them, selector and
 * declarations). `later` must come after `css` in the page: an earlier copy of a rule never wins
 * over a later identical one, so removing it changes nothing on screen. Starlight's component
 * styles (cards, steps, asides) arrive both in the site's stylesheet and in the page's own
 * `<style>`; the critical CSS needs only the page's copy.
 */
export function dropRulesRepeatedIn(css: string, later: string): string {
  if (!later.trim()) return css;
  const keys = new Set<string>();
  postcss.parse(later).walkRules((rule) => {
    keys.add(ruleKey(rule));
  });
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (keys.has(ruleKey(rule))) rule.remove();
  });
  dropEmpty(root);
  return root.toString();
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

/**
 * `css` without its `@media print` blocks. A page's critical CSS is for its first paint on a
 * screen; printing happens later, with the whole stylesheet (and print.css) loaded.
 */
export function dropPrintRules(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('media', (rule) => {
    if (/^print$/i.test(rule.params.trim())) rule.remove();
  });
  dropEmpty(root);
  return root.toString();
}
