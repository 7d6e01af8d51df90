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
export const siteUrl = (process.env.SITE_URL || placeholderSiteUrl).trim().replace(/\/+$/, '');

/** True while the build would hand out links to the placeholder address. */
export const siteUrlIsPlaceholder = siteUrl === placeholderSiteUrl;

/**
 * Where "Was this helpful?" sends a reader's answer, set at build time; with neither set, the
 * question is not shown. Nothing is ever sent by the page itself: the reader's mail program or
 * browser opens a message or a new issue, already filled in, which the reader may send or not.
 *
 * - `FEEDBACK_EMAIL`: an address (`kb-feedback@example.com`), for a `mailto:` link;
 * - `FEEDBACK_URL`: an issue tracker's "new issue" address. `{title}` and `{body}` in it are
 *   replaced (GitLab: `…/issues/new?issue[title]={title}&issue[description]={body}`); without
 *   them, `title` and `body` are added as query parameters (GitHub, Gitea, Forgejo).
 * When both are set, the e-mail is used.
 */
export const feedback = {
  email: process.env.FEEDBACK_EMAIL?.trim() || undefined,
  url: process.env.FEEDBACK_URL?.trim() || undefined,
} as const;

/**
 * The environment variables a build reads. `npm start` rebuilds when one of them changes
 * (src/integrations/build-stamp.ts).
 */
export const buildEnv = ['SITE_URL', 'FEEDBACK_EMAIL', 'FEEDBACK_URL'] as const;
