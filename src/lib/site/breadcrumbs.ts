/**
 * The ancestors of a page, from the locale's home down to the page itself, as content ids:
 * `it/causes/location` → [`it`, `it/causes`, `it/causes/location`]. Every section of the page map
 * has an index page, so each ancestor is a real page.
 */
export function ancestorIds(id: string): string[] {
  const parts = id
    .replace(/\/index$/, '')
    .split('/')
    .filter(Boolean);
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}
