/**
 * Says, once per build, when the links the site hands out would not work: `SITE_URL` still the
 * placeholder (every copied reply and heading link would point to it), or an address the site
 * cannot live at. The README's "Deploying" section says how to set it.
 */
import type { AstroIntegration } from 'astro';
import { feedback, siteUrl, siteUrlIsPlaceholder } from '../../config/site';
import { feedbackProblem } from '../lib/site/feedback';

/** What is wrong with the site's address for a deployment, or `undefined` when nothing is. */
export function siteAddressProblem(address: string, isPlaceholder: boolean): string | undefined {
  if (isPlaceholder)
    return (
      `SITE_URL is not set: copied replies, heading links and the tools' links will point to ` +
      `${address}. For a deployment, build with SITE_URL=https://your.address (README: Deploying).`
    );
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `SITE_URL "${address}" is not an address: write it in full, as https://kb.example.com.`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${address}" should start with https://.`;
  if (url.pathname !== '/' || url.search || url.hash)
    return (
      `SITE_URL "${address}" has a path, but the site is built for the root of its host: ` +
      `links will point to ${url.origin}/it/… and ${url.origin}/en/….`
    );
  return undefined;
}

/**
 * The integration: one warning at the start of a build (none during `astro dev` or `check`), and
 * an error for a feedback address that is not one.
 */
export function siteAddress(): AstroIntegration {
  return {
    name: 'kb-site-address',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const problem = siteAddressProblem(siteUrl, siteUrlIsPlaceholder);
        if (problem) logger.warn(problem);
        // A wrong feedback address would give every page a link that fails: stop the build.
        const wrong = feedbackProblem(feedback);
        if (wrong) throw new Error(wrong);
        if (feedback.email && feedback.url)
          logger.warn('FEEDBACK_EMAIL and FEEDBACK_URL are both set: the e-mail address is used.');
      },
    },
  };
}
