import { describe, expect, test } from 'vitest';
import { feedbackHref, feedbackProblem } from '../../../src/lib/site/feedback';

const message = {
  subject: 'Errore 53003 – /it/causes/location/: sì',
  body: 'Pagina: https://kb.example.com/it/causes/location/\nUtile: sì\n\nCosa mancava?',
};

describe('the links of "Was this helpful?"', () => {
  test('an e-mail address gives a mailto: link with subject and body, CRLF line breaks', () => {
    const href = feedbackHref({ email: 'kb@example.com' }, message);
    expect(href).toMatch(/^mailto:kb@example\.com\?subject=/);
    const url = new URL(href ?? '');
    expect(url.searchParams.get('subject')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
    expect(href).not.toMatch(/[\s<>"]/);
  });

  test('a GitHub-like tracker gets title and body parameters', () => {
    const href = feedbackHref(
      { url: 'https://github.com/acme/kb/issues/new?labels=feedback' },
      message,
    );
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://github.com/acme/kb/issues/new');
    expect(url.searchParams.get('labels')).toBe('feedback');
    expect(url.searchParams.get('title')).toBe(message.subject);
    expect(url.searchParams.get('body')).toBe(message.body);
  });

  test('a tracker address with {title} and {body} gets them in place (GitLab)', () => {
    const href = feedbackHref(
      {
        url: 'https://gitlab.example.com/kb/-/issues/new?issue[title]={title}&issue[description]={body}',
      },
      message,
    );
    const url = new URL(href ?? '');
    expect(url.searchParams.get('issue[title]')).toBe(message.subject);
    expect(url.searchParams.get('issue[description]')).toBe(message.body);
  });

  test('the e-mail wins when both are set; nothing when neither is', () => {
    expect(
      feedbackHref({ email: 'kb@example.com', url: 'https://x.example/new' }, message),
    ).toMatch(/^mailto:/);
    expect(feedbackHref({}, message)).toBeUndefined();
  });

  test.each([
    [{ email: 'kb@example.com' }, undefined],
    [{ email: 'not an address' }, /FEEDBACK_EMAIL/],
    [{ email: 'kb@localhost' }, /FEEDBACK_EMAIL/],
    [{ url: 'https://github.com/acme/kb/issues/new' }, undefined],
    [{ url: 'javascript:alert(1)' }, /FEEDBACK_URL/],
    [{ url: 'github.com/acme' }, /FEEDBACK_URL/],
  ])('setting %j', (target, problem) => {
    if (problem) expect(feedbackProblem(target)).toMatch(problem);
    else expect(feedbackProblem(target)).toBeUndefined();
  });
});
