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

/**
 * `css` without the light colours for pages whose scripts are off, `@media (scripting: none) and
 * (prefers-color-scheme: …)` (src/integrations/no-script-theme.ts): a few readers, and 60 bytes
 * on every page's first round trip. Those readers get them from the stylesheet, which loads
 * without JavaScript too. Other `scripting` rules (what a widget shows without script) stay.
 */
export function dropNoScriptRules(css: string): string {
  const root = postcss.parse(css);
  root.walkAtRules('media', (rule) => {
    if (/\(\s*scripting\s*:\s*none\s*\)\s*and\s*\(\s*prefers-color-scheme/i.test(rule.params))
      rule.remove();
  });
  dropEmpty(root);
  return root.toString();
}

/** `name` as a word: not followed by more of a property name. */
const mentionPattern = (name: string) =>
  new RegExp(`${name.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');

/** How many times `text` names the property other than to read it (`var(--x…)`). */
function writes(text: string, name: string): number {
  let count = 0;
  for (const m of text.matchAll(mentionPattern(name)))
    if (!text.slice(0, m.index).endsWith('var(')) count += 1;
  return count;
}

/** `value` with each `var(--name…)` of a constant replaced by the constant's value. */
function substitute(value: string, constants: ReadonlyMap<string, string>): string {
  let out = '';
  let i = 0;
  for (;;) {
    const start = value.indexOf('var(', i);
    if (start < 0) return out + value.slice(i);
    out += value.slice(i, start);
    let end = start + 3;
    for (let depth = 0; end < value.length; end += 1) {
      if (value[end] === '(') depth += 1;
      else if (value[end] === ')' && --depth === 0) break;
    }
    const inner = value.slice(start + 4, end);
    const comma = inner.indexOf(',');
    const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const fallback = comma < 0 ? '' : `,${substitute(inner.slice(comma + 1), constants)}`;
    out += constants.get(name) ?? `var(${comma < 0 ? inner : inner.slice(0, comma)}${fallback})`;
    i = end + 1;
  }
}

/**
 * `css` with its constant custom properties written out where they are read, and their
 * declarations gone. A property is constant when it is declared once, on `:root` (in a layer at
 * most, under no media or supports condition), with a value that reads no other property, and
 * when nothing in `elsewhere` (the site's whole CSS and JavaScript, the page's HTML) declares or
 * sets it a second time. Such a property has the same value on every element, so `var(--x)` and
 * its value paint the same; the page's critical CSS is shorter by the names.
 */
export function inlineConstantProperties(css: string, elsewhere: string): string {
  const root = postcss.parse(css);
  const constants = new Map<string, string>();
  root.walkDecls(/^--/, (decl) => {
    const rule = decl.parent;
    if (rule?.type !== 'rule' || !/^:root(\s*,\s*::backdrop)?$/.test((rule as Rule).selector))
      return;
    for (let parent = rule.parent; parent && parent.type !== 'root'; parent = parent.parent)
      if (parent.type !== 'atrule' || (parent as AtRule).name !== 'layer') return;
    if (decl.important || decl.value.includes('var(')) return;
    if (writes(css, decl.prop) !== 1 || writes(elsewhere, decl.prop) > 1) return;
    constants.set(decl.prop, decl.value);
  });
  if (constants.size === 0) return css;
  root.walkDecls((decl) => {
    if (constants.has(decl.prop)) decl.remove();
    else if (decl.value.includes('var(')) decl.value = substitute(decl.value, constants);
  });
  dropEmpty(root);
  return root.toString();
}
