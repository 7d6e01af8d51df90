/**
 * Applies a stylesheet that came with a lazily loaded module (`import css from './x.css?inline'`).
 * Imported as a string, the CSS stays out of every page's render-blocking styles (Astro would
 * otherwise hoist it into each page that can reach the module); a constructed stylesheet needs
 * no `<style>` element, so a strict Content Security Policy has nothing to allow.
 */
const adopted = new Set<string>();

/** Adds `css` to the document's adopted stylesheets, once per distinct text. */
export function adoptStyles(css: string) {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
