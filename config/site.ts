/**
 * The site's public address, declared once. Every link the site hands out (copied replies, the
 * checker's message for IT, heading links, the tools' share links) is built from it, because
 * such links are pasted into e-mails and tickets, where a bare path leads nowhere.
 *
 * Set `SITE_URL` at build time for a deployment (`SITE_URL=https://kb.example.com npm run build`).
 * Without it the build uses a placeholder and says so.
 */
export const placeholderSiteUrl = 'https://errore53003.example.org';

/** The address from the environment, or the placeholder. Always ends without a slash. */
export const siteUrl = (process.env.SITE_URL ?? placeholderSiteUrl).replace(/\/+$/, '');

/** True while the build would hand out links to the placeholder address. */
export const siteUrlIsPlaceholder = siteUrl === placeholderSiteUrl;
