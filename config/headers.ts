/**
 * The response headers of the site, written once. Hosts that read a `_headers` file get them from
 * public/_headers, nginx from the sample deploy/nginx.conf; a unit test (tests/unit/headers.test.ts)
 * checks both files against this list, so they cannot drift apart again.
 *
 * The page's own `<meta>` Content Security Policy (config/csp.ts, hashed by Astro) carries
 * script-src and style-src; the header adds what a `<meta>` policy cannot say (frame-ancestors) and
 * never loosens the page's policy: both are enforced.
 */
export const securityHeaders = {
  'Content-Security-Policy':
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  // Support links are pasted into tickets: they leak nothing of the page they come from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

/** How long browsers may keep each kind of file, by the path it is served under. */
export const cacheControl = {
  // Hashed build assets never change under the same name.
  '/_astro/': 'public, max-age=31536000, immutable',
  // The search index and the tools' data keep their names from build to build: revalidate.
  '/pagefind/': 'public, max-age=0, must-revalidate',
  '/data/': 'public, max-age=0, must-revalidate',
} as const;
