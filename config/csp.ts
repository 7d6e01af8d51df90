import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { themeBoot } from '../src/components/overrides/theme-boot';

/**
 * The inline `style` attribute values the pages render: Starlight's Icon component sizes its
 * icons with one (asides, link cards, the menu button). Allowed one by one by hash under
 * `style-src-attr 'unsafe-hashes'`; a build-output test fails if a page renders a style attribute
 * missing here. The lean chrome (src/components/overrides/) renders none.
 */
export const allowedStyleAttributes = ['--sl-icon-size: 1em;', '--sl-icon-size: 1.333em;'];

/**
 * The CSP hash source of an inline script, style or style attribute: `sha256-<base64>` (quote it
 * inside a policy: `'sha256-…'`). The one copy: the policy here, the integrations that add or keep
 * hashes after the build, and the tests that check them all use it.
 */
export const sha256 = (text: string) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}` as const;

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * A strict policy in every page's <meta>: Astro hashes each script and style it renders, nothing
 * inline runs otherwise. Pagefind compiles WebAssembly ('wasm-unsafe-eval'); the admin tools parse
 * in a worker from the site itself. Nothing may be loaded from another origin.
 */
export const csp = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    // Inline scripts Astro does not bundle (is:inline) are allowed one by one, by hash.
    hashes: [sha256(themeBoot)],
  },
  styleDirective: {
    // `style-src` is 'self' when no other resource is given; naming it here as well would only
    // earn a build warning (style-src-attr, below, does not inherit it, and needs no 'self').
    resources: [{ resource: "'unsafe-hashes'", kind: 'attribute' }],
    hashes: allowedStyleAttributes.map((value) => ({ hash: sha256(value), kind: 'attribute' })),
  },
} satisfies Csp;
