/**
 * The built site on disk (`dist/`), as the integrations that rework it after `astro build` and the
 * tests that read it see it: its HTML files, the address a host serves each one under, and the
 * page's `<meta>` Content Security Policy, rewritten in place. The one walker of the build.
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/** Every HTML file under `root`, as paths relative to it with `/` separators, sorted. */
export function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The URL path a host serves a file under: `it/faq/index.html` → `/it/faq/`. */
export function urlOf(file: string): string {
  return `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
}

const metaPolicyAttribute =
  /(<meta\s[^>]*http-equiv="content-security-policy"[^>]*\scontent=")([^"]*)(")/i;

/** The page with its `<meta>` policy replaced by what `rewrite` makes of it (unchanged if none). */
export function rewriteMetaPolicy(html: string, rewrite: (policy: string) => string): string {
  return html.replace(
    metaPolicyAttribute,
    (_, start: string, policy: string, end: string) => `${start}${rewrite(policy)}${end}`,
  );
}
