/**
 * Pages without JavaScript follow the browser's light or dark preference. Starlight renders
 * `<html data-theme="dark">` and the inline boot script (theme-boot.ts) switches it before the
 * first paint; with scripts off nothing switches, and a light-preferring reader got the dark
 * theme. This PostCSS plugin repeats Starlight's light colours for exactly that case,
 * `@media (scripting: none) and (prefers-color-scheme: light)`, right after Starlight's own
 * light rule (same layer, same declarations: the copy costs a few gzipped bytes, and follows
 * Starlight's palette when Starlight changes it).
 */
import postcss, { type Plugin } from 'postcss';

/** The selector Starlight gives its light colours. */
const LIGHT_ROOT = /^:root\[data-theme=(['"]?)light\1\]$/;

/** The plugin, for Vite's `css.postcss.plugins`. */
export function noScriptTheme(): Plugin {
  return {
    postcssPlugin: 'kb-no-script-theme',
    Rule(rule) {
      if (!rule.selectors.some((selector) => LIGHT_ROOT.test(selector.trim()))) return;
      const copy = rule.clone({ selectors: [':root'] });
      const source = rule.source ? { source: rule.source } : {};
      // New nodes carry the rule's source: Vite resolves url()s relative to it, and warns without.
      copy.append(postcss.decl({ prop: 'color-scheme', value: 'light', ...source }));
      const media = postcss.atRule({
        name: 'media',
        params: '(scripting: none) and (prefers-color-scheme: light)',
        ...source,
      });
      media.append(copy);
      rule.after(media);
    },
  };
}
