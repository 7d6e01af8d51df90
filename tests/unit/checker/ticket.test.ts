import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../src/lib/checker/diagnose';
import { buildTicket, mailtoHref, type TicketInput } from '../../../src/lib/checker/ticket';
import type { Answers, TriedId } from '../../../src/lib/checker/types';
import { context, data, fixtures, t, read } from './helpers';
import { type Locale } from '../../../config/locales';

function ticket(
  file: string,
  locale: Locale,
  answers: Answers = {},
  tried: TriedId[] = [],
  extra: Partial<TicketInput> = {},
) {
  const parsed = read(fixtures[file] ?? file);
  return buildTicket({
    parsed,
    answers,
    tried,
    diagnosis: diagnose(parsed, answers, data[locale]),
    data: data[locale],
    locale,
    timeZone: context.timeZone,
    redact: false,
    t: t[locale],
    site: 'https://kb.example.org',
    ...extra,
  });
}

const cli = '53003-azure-cli-unregistered.txt';

describe('the message for IT', () => {
  test.each(
    Object.keys(fixtures).flatMap((f) => [
      [f, 'it'],
      [f, 'en'],
    ]) as [string, Locale][],
  )('%s (%s): every string resolved, every identifier present', (file, locale) => {
    const { subject, body } = ticket(file, locale, { vpn: 'yes' }, ['network']);
    expect(`${subject}\n${body}`).not.toMatch(/checker\.|\{\w+\}/);
    const fields = read(fixtures[file] ?? '').fields;
    for (const value of [fields.requestId, fields.correlationId, fields.errorCode, fields.appId])
      if (value) expect(body).toContain(value);
  });

  test('Italian, in full', () => {
    const { subject, body } = ticket(cli, 'it', { vpn: 'no', devicecode: 'yes' }, ['browser']);
    expect(subject).toBe('Accesso bloccato: errore 53003 su Microsoft Azure CLI');
    expect(body).toMatchSnapshot();
  });

  test('English, in full', () => {
    const { subject, body } = ticket(cli, 'en', { client: 'cli', owner: 'work' }, ['flagging']);
    expect(subject).toBe('Sign-in blocked: error 53003 on Microsoft Azure CLI');
    expect(body).toMatchSnapshot();
  });

  test('gives the time in UTC and in the reader’s zone', () => {
    const { body } = ticket(cli, 'en');
    expect(body).toMatch(
      /- Time \(UTC\): 3 September 2026 at 13:32:53 UTC \(2026-09-03T13:32:53\.761Z\)/,
    );
    expect(body).toMatch(/- Local time \(Europe\/Rome\): 3 September 2026 at 15:32:53/);
  });

  test('a time without a zone is passed on as written', () => {
    const { body } = ticket('Error Code: 53003\nTimestamp: 2026-09-03 13:32:53', 'en');
    expect(body).toContain('- Time given (no time zone): 2026-09-03 13:32:53');
  });

  test('lists every answer, "don’t know" included', () => {
    const { body } = ticket(cli, 'it', { vpn: 'yes', owner: 'personal' });
    expect(body).toContain('- VPN attiva: Sì');
    expect(body).toContain('- Dispositivo: Personale');
    expect(body).toContain("- All'estero o in viaggio: Non so");
  });

  test('says what was tried, or that nothing was', () => {
    expect(ticket(cli, 'en').body).toContain('- nothing yet');
    expect(ticket(cli, 'en', {}, ['network', 'app']).body).toContain(
      '- Another network, or the VPN off\n- The app instead of the browser, or the other way round',
    );
  });

  test('offers flagging, or says it was done', () => {
    expect(ticket(cli, 'en').body).toContain('I can enable flagging');
    expect(ticket(cli, 'en').body).toContain('Flagged for review');
    expect(ticket(cli, 'en', {}, ['flagging']).body).toContain('I enabled flagging and reproduced');
  });

  test('can leave out the IP address and the device identifier, and says so', () => {
    const file = '53003-teams-web-domainjoined.txt';
    const full = ticket(file, 'en').body;
    expect(full).toContain('203.0.113.58');
    expect(full).toContain('ba99cc29-76ce-4b74-adaa-dbc6e693c4fd');
    const redacted = ticket(file, 'en', {}, [], { redact: true }).body;
    expect(redacted).not.toContain('203.0.113.58');
    expect(redacted).not.toContain('ba99cc29-76ce-4b74-adaa-dbc6e693c4fd');
    expect(redacted).toContain('left out the IP address');
    expect(redacted).toContain('e967519f-4d98-4796-922e-0db042238a00');
  });

  test('names a Trace ID as such', () => {
    const { body } = ticket('synthetic-53003-msal-exception.txt', 'it');
    expect(body).toContain('- Trace ID: 0e5a9c8d-2f4b-4c1e-9a7d-3b6f8e2d1c00');
  });

  test('gives the Graph query only when there is a Correlation Id', () => {
    expect(ticket(cli, 'en').body).toContain(
      "$filter=correlationId eq '62e76ee1-52af-46d3-ba8f-3f0be6aea289'",
    );
    expect(ticket('Error Code: 53003', 'en').body).not.toContain('graph.microsoft.com');
  });

  test('works with nothing pasted', () => {
    const { subject, body } = ticket('', 'it', { abroad: 'yes' });
    expect(subject).toBe("Accesso bloccato dall'accesso condizionale");
    expect(body).toContain("Non è stato possibile copiare i dettagli dell'errore.");
  });

  test('lists the ranked causes with their confidence', () => {
    const { body } = ticket(cli, 'en', { devicecode: 'yes' });
    expect(body).toContain('1. Device code and other authentication flows (strong signs)');
  });

  test('the app name comes from the known app id when the page gave none', () => {
    const { subject, body } = ticket(
      'Error Code: 53003\nApp id: 04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      'en',
    );
    expect(subject).toBe('Sign-in blocked: error 53003 on Microsoft Azure CLI');
    expect(body).toContain('- App id: 04b07795-8ddb-461a-bbee-02f9e1bf7b46 (Microsoft Azure CLI)');
  });

  test('pasted markup stays plain text', () => {
    const { body } = ticket('synthetic-markup.txt', 'en');
    expect(body).toContain('- App name: <img src=x onerror=alert(1)>');
  });
});

describe('mailto', () => {
  test('no recipient, subject and body encoded, CRLF line breaks', () => {
    const href = mailtoHref({ subject: 'Errore 53003 & co', body: 'riga uno\nriga due' });
    expect(href).toBe('mailto:?subject=Errore%2053003%20%26%20co&body=riga%20uno%0D%0Ariga%20due');
  });

  test('round-trips a whole message', () => {
    const message = ticket(cli, 'it', { vpn: 'yes' });
    const href = mailtoHref(message);
    const url = new URL(href);
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe(message.subject);
    expect(params.get('body')).toBe(message.body.replace(/\n/g, '\r\n'));
  });
});
