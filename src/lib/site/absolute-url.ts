/**
 * An absolute address for a site path, for links that leave the site (e-mails, tickets, chat).
 * `path` may carry a query and a fragment; an address that is already absolute is returned as is.
 * `site` is the public address (`config/site.ts`), with or without a trailing slash.
 */
export function absoluteUrl(path: string, site: string): string {
  return new URL(path, site.endsWith('/') ? site : `${site}/`).href;
}
