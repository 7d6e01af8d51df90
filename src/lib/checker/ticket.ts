/**
 * The message for IT, in the page's language: the identifiers that find the event in the
 * sign-in logs, the time in UTC and in the reader's zone, the app, the device facts, the answers,
 * what was already tried, the likely causes with the address of what IT must do for each, and the
 * flagging instructions. The person may leave out the IP address, the device identifier and their
 * own address. Plain text with absolute links, so it survives any mail client and every link
 * opens from an e-mail.
 */
import { absoluteUrl } from '../site/absolute-url.ts';
import type { Diagnosis } from './diagnose.ts';
import { findApp, formatTime } from './explain.ts';
import { causeHref, codeHref, lookupHref } from './links.ts';
import { timestampDate, type ParseResult } from './read.ts';
import {
  fieldNames,
  questionNames,
  type Answers,
  type CheckerData,
  type TriedId,
} from './types.ts';
import type { Translate } from '../text.ts';

/** What the message is built from. */
export interface TicketInput {
  parsed: ParseResult;
  answers: Answers;
  tried: readonly TriedId[];
  diagnosis: Diagnosis;
  data: CheckerData;
  locale: string;
  /** The reader's time zone (IANA name). */
  timeZone: string;
  /** Leave out the IP address, the device identifier and the user's address. */
  redact: boolean;
  t: Translate;
  /** The site's public address (`config/site.ts`), for absolute links. */
  site: string;
}

/** The fields "leave out" removes, from the message and from the copied link. */
export const redactedFields = ['ipAddress', 'deviceId', 'user'] as const;

/** A ready message. */
export interface Ticket {
  subject: string;
  body: string;
}

/** Builds the message. Pure: the same input gives the same text. */
export function buildTicket(input: TicketInput): Ticket {
  const { parsed, answers, tried, diagnosis, data, locale, timeZone, redact, t, site } = input;
  const f = parsed.fields;
  const app = findApp(data.apps, f.appId)?.name ?? f.appName;
  const code = f.errorCode;

  const subject = code
    ? app
      ? t('checker.ticket.subject', { code, app })
      : t('checker.ticket.subjectNoApp', { code })
    : t('checker.ticket.subjectNoCode');

  const lines: string[] = [t('checker.ticket.greeting'), ''];
  const intro = code
    ? app
      ? t('checker.ticket.intro', { code, app })
      : t('checker.ticket.introNoApp', { code })
    : t('checker.ticket.introNoCode');
  lines.push(
    diagnosis.code?.conditionalAccess ? `${intro} ${t('checker.ticket.afterPassword')}` : intro,
    '',
  );

  const hidden: readonly string[] = redact ? redactedFields : [];
  const shown = fieldNames.filter((n) => f[n] !== undefined && !hidden.includes(n));
  if (shown.length) {
    lines.push(t('checker.ticket.details'));
    for (const name of shown) {
      const value = f[name] ?? '';
      if (name === 'timestamp') {
        const date = timestampDate(value);
        if (date) {
          lines.push(
            `- ${t('checker.ticket.utc')}: ${formatTime(date, data.intl, 'UTC')} (${value})`,
          );
          lines.push(
            `- ${t('checker.ticket.local', { zone: timeZone })}: ${formatTime(date, data.intl, timeZone)}`,
          );
        } else lines.push(`- ${t('checker.ticket.noZone')}: ${value}`);
        continue;
      }
      const label =
        name === 'requestId' && /trace/i.test(parsed.labels.requestId ?? '')
          ? 'Trace ID'
          : t(`checker.field.${name}`);
      const known = name === 'appId' ? findApp(data.apps, value) : undefined;
      const shownValue = name === 'flow' ? t(`checker.flow.${value}`) : value;
      lines.push(`- ${label}: ${shownValue}${known && !f.appName ? ` (${known.name})` : ''}`);
    }
    if (redactedFields.some((n) => hidden.includes(n) && f[n]))
      lines.push(t('checker.ticket.redacted'));
  } else lines.push(t('checker.ticket.noDetails'));
  lines.push('');

  lines.push(t('checker.ticket.context'));
  for (const q of questionNames) {
    const a = answers[q];
    lines.push(`- ${t(`checker.q.${q}.short`)}: ${t(`checker.opt.${a ?? 'unknown'}`)}`);
  }
  lines.push('');

  lines.push(t('checker.ticket.tried'));
  if (tried.length) for (const id of tried) lines.push(`- ${t(`checker.tried.${id}`)}`);
  else lines.push(`- ${t('checker.ticket.triedNone')}`);
  lines.push('');

  if (diagnosis.causes.length) {
    lines.push(
      t(diagnosis.status === 'ranked' ? 'checker.ticket.causes' : 'checker.ticket.causesUndecided'),
    );
    diagnosis.causes.forEach((c, i) => {
      const title = data.causes.find((x) => x.id === c.id)?.title ?? c.id;
      const href = absoluteUrl(causeHref(locale, c.id, 'what-it-must-do'), site);
      lines.push(`${i + 1}. ${title} (${t(`checker.confidence.${c.confidence}`)}): ${href}`);
    });
    lines.push('');
  } else if (code && (diagnosis.status === 'not-ca' || diagnosis.status === 'unknown-code')) {
    const page = diagnosis.code && codeHref(locale, diagnosis.code);
    lines.push(
      t(diagnosis.status === 'not-ca' ? 'checker.ticket.notCa' : 'checker.ticket.unknownCode', {
        code,
        href: page ? absoluteUrl(page, site) : lookupHref(code),
      }),
      '',
    );
  }

  lines.push(t('checker.ticket.admin'));
  if (f.correlationId) lines.push(t('checker.ticket.adminGraph', { id: f.correlationId }));
  lines.push('');
  lines.push(
    t(tried.includes('flagging') ? 'checker.ticket.flagDone' : 'checker.ticket.flagOffer'),
  );
  lines.push('', t('checker.ticket.thanks'));
  return { subject, body: lines.join('\n') };
}

/** A `mailto:` link with no recipient: the person picks their IT address. CRLF as RFC 6068 asks. */
export function mailtoHref(ticket: Ticket): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${enc(ticket.subject)}&body=${enc(ticket.body)}`;
}
