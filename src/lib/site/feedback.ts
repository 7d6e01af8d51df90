/**
 * "Was this helpful?" without sending anything: each answer is a link that opens the reader's
 * mail program (`mailto:`) or a new issue in a tracker, already filled in with the page and the
 * answer, to send or not. Where it goes is set at build time (config/site.ts `feedback`); with
 * nowhere set there is no question.
 */

/** Where answers go: an e-mail address, or a tracker's "new issue" address. */
export interface FeedbackTarget {
  email?: string | undefined;
  url?: string | undefined;
}

/** The prefilled message: a short subject (an issue's title) and a body. */
export interface FeedbackMessage {
  subject: string;
  body: string;
}

/** An address that is plausibly an e-mail address: something, `@`, a domain with a dot. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** Whether the build has somewhere to send answers to, and where (the e-mail wins). */
export function feedbackKind(target: FeedbackTarget): 'email' | 'url' | undefined {
  if (target.email) return 'email';
  if (target.url) return 'url';
  return undefined;
}

/**
 * Checks the build's setting and says what is wrong with it, for a build error that names the
 * variable: an address that is not one, a tracker that is not http(s).
 */
export function feedbackProblem(target: FeedbackTarget): string | undefined {
  if (target.email && !EMAIL.test(target.email))
    return `FEEDBACK_EMAIL "${target.email}" is not an e-mail address.`;
  if (!target.email && target.url) {
    const probe = target.url.replace(/\{(title|body)\}/g, 'x');
    try {
      const { protocol } = new URL(probe);
      if (protocol !== 'https:' && protocol !== 'http:') throw new Error(protocol);
    } catch {
      return `FEEDBACK_URL "${target.url}" is not a web address (https://…).`;
    }
  }
  return undefined;
}

/**
 * The link for one answer: `mailto:` with subject and body (line breaks as CRLF, as RFC 6068
 * asks), or the tracker's address with `{title}` and `{body}` filled in, or `title` and `body`
 * added as query parameters. `undefined` when answers go nowhere.
 */
export function feedbackHref(target: FeedbackTarget, message: FeedbackMessage): string | undefined {
  const kind = feedbackKind(target);
  if (kind === 'email') {
    const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
    return `mailto:${target.email}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
  }
  if (kind === 'url' && target.url) {
    if (/\{(title|body)\}/.test(target.url))
      return target.url
        .replace(/\{title\}/g, encodeURIComponent(message.subject))
        .replace(/\{body\}/g, encodeURIComponent(message.body));
    const url = new URL(target.url);
    url.searchParams.set('title', message.subject);
    url.searchParams.set('body', message.body);
    return url.href;
  }
  return undefined;
}
