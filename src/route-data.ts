/**
 * Starlight route middleware: trims the head Starlight computes for every page. Left out: the two
 * `generator` meta tags (Astro's and Starlight's versions, of use to nobody reading the page) and
 * `twitter:card` set to `summary_large_image` (the site has no share image; without the tag,
 * cards fall back to the Open Graph title and description, which every page has).
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

const unwanted = new Set(['generator', 'twitter:card']);

export const onRequest = defineRouteMiddleware(({ locals }) => {
  const route = locals.starlightRoute;
  route.head = route.head.filter(
    ({ tag, attrs }) => !(tag === 'meta' && unwanted.has(String(attrs?.['name'] ?? ''))),
  );
});
