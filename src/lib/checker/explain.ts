/**
 * Field by field: what each recognised value means in plain words and what it cannot prove.
 * The words live in the interface strings (`checker.meaning.<field>`, `checker.limit.<field>`,
 * `checker.note.*`); this module decides which of them apply to the values found, and with
 * which parameters, so the tests can check the choice without a browser.
 */
import { codeHref, fieldHref, lookupHref } from './links.ts';
import {
  deviceIdKind,
  deviceStateKind,
  platformKind,
  timestampDate,
  type ParseResult,
} from './read.ts';
import { fieldNames, type AppInfo, type CodeInfo, type FieldName } from './types.ts';

/** One remark about a value: an interface-string key, its parameters, maybe a link. */
export interface Note {
  key: string;
  params?: Record<string, string>;
  href?: string;
}

/** One recognised field, ready to show. */
export interface FieldExplanation {
  name: FieldName;
  value: string;
  /** The label it was found under, when that differs from the page's usual one. */
  foundAs?: string;
  /** Interface-string keys of the general meaning and limit of the field. */
  meaning: string;
  limit: string;
  /** What this particular value tells. */
  notes: Note[];
  /** Where the field is explained (a section of `/details/`), if anywhere. */
  docs?: string;
}

/** What `explain` needs besides the parse. */
export interface ExplainContext {
  locale: string;
  /** The page language's Intl tag (`it-IT`, `en-GB`), for dates. */
  intl: string;
  codes: readonly CodeInfo[];
  apps: readonly AppInfo[];
  /** The reader's time zone (IANA name), for the local time. */
  timeZone: string;
  /** Now, for the age of the sign-in: logs are kept 7 or 30 days. */
  now: Date;
}

/**
 * Whether a label is the page's own for the field ("Request Id" for `requestId`); anything else
 * the value was found under is shown ("found as Trace ID").
 */
function usual(name: FieldName, label: string): boolean {
  const l = label.replace(/\s+/g, '').toLowerCase();
  return l === name.toLowerCase() || (name === 'deviceId' && l === 'deviceidentifier');
}

/**
 * Formats an instant in the page's language (`intl`, its Intl tag: `CheckerData.intl`, from
 * `config/locales.ts` at build time), in a given time zone.
 */
export function formatTime(date: Date, intl: string, timeZone: string): string {
  return new Intl.DateTimeFormat(intl, {
    dateStyle: 'long',
    timeStyle: 'long',
    timeZone,
  }).format(date);
}

/**
 * An address shortened for the screen (`a•••@contoso.com`): the page shows who signed in
 * without printing the whole address for anyone looking over a shoulder or at a screenshot.
 */
export function shortAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address.slice(0, 1)}•••${address.slice(at)}` : '•••';
}

/** Finds a known code. */
export function findCode(codes: readonly CodeInfo[], code: string | undefined) {
  return code === undefined ? undefined : codes.find((c) => c.code === code);
}

/** Finds a known app by id. */
export function findApp(apps: readonly AppInfo[], id: string | undefined) {
  return id === undefined ? undefined : apps.find((a) => a.id === id);
}

/** Explains every recognised field, in the page's order. */
export function explain(parsed: ParseResult, ctx: ExplainContext): FieldExplanation[] {
  const out: FieldExplanation[] = [];
  for (const name of fieldNames) {
    const value = parsed.fields[name];
    if (value === undefined) continue;
    const label = parsed.labels[name];
    // The general words about the code are 53003's; another code gets words about itself.
    const other = name === 'errorCode' && value !== '53003' ? 'Other' : '';
    const item: FieldExplanation = {
      name,
      value,
      meaning: `checker.meaning.${name}${other}`,
      limit: `checker.limit.${name}${other}`,
      notes: notesFor(name, value, parsed, ctx),
    };
    const docs = fieldHref(ctx.locale, name);
    if (docs) item.docs = docs;
    if (label && !usual(name, label)) item.foundAs = label;
    out.push(item);
  }
  return out;
}

function notesFor(
  name: FieldName,
  value: string,
  parsed: ParseResult,
  ctx: ExplainContext,
): Note[] {
  const notes: Note[] = [];
  switch (name) {
    case 'errorCode': {
      const code = findCode(ctx.codes, value);
      if (!code) {
        notes.push({
          key: 'checker.note.codeUnknown',
          params: { code: value },
          href: lookupHref(value),
        });
        if (parsed.codeWords && parsed.codeWords !== value)
          notes.push({
            key: 'checker.note.codeWords',
            params: { code: value, words: parsed.codeWords },
          });
        break;
      }
      const href = codeHref(ctx.locale, code);
      const note: Note = {
        key: 'checker.note.codeKnown',
        params: { code: value, summary: code.summary },
      };
      if (href) note.href = href;
      notes.push(note);
      if (!code.conditionalAccess) notes.push({ key: 'checker.note.codeNotCa' });
      if (code.status === 'observed') notes.push({ key: 'checker.note.codeObserved' });
      if (parsed.codeWords && parsed.codeWords !== value)
        notes.push({
          key: 'checker.note.codeWords',
          params: { code: value, words: parsed.codeWords },
        });
      break;
    }
    case 'requestId':
      if (/trace/i.test(parsed.labels.requestId ?? '')) notes.push({ key: 'checker.note.traceId' });
      break;
    case 'timestamp': {
      const date = timestampDate(value);
      if (!date) {
        notes.push({ key: 'checker.note.timeNoZone' });
        break;
      }
      notes.push({
        key: 'checker.note.time',
        params: {
          utc: formatTime(date, ctx.intl, 'UTC'),
          local: formatTime(date, ctx.intl, ctx.timeZone),
        },
      });
      const days = Math.floor((ctx.now.getTime() - date.getTime()) / 86_400_000);
      if (days > 7) notes.push({ key: 'checker.note.timeOld', params: { days: String(days) } });
      break;
    }
    case 'appId': {
      const app = findApp(ctx.apps, value);
      notes.push(
        app
          ? { key: 'checker.note.appKnown', params: { name: app.name } }
          : { key: 'checker.note.appUnknown' },
      );
      break;
    }
    case 'deviceId':
      if (deviceIdKind(value) === 'not-available')
        notes.push({
          key:
            deviceStateKind(parsed.fields.deviceState) === 'unregistered'
              ? 'checker.note.noDeviceIdentity'
              : 'checker.note.deviceIdMissing',
        });
      break;
    case 'deviceState':
      notes.push({ key: `checker.note.state.${deviceStateKind(value)}` });
      break;
    case 'devicePlatform':
      if (platformKind(value) === 'unknown') notes.push({ key: 'checker.note.platformUnknown' });
      break;
    case 'user':
      notes.push({ key: 'checker.note.userShort', params: { short: shortAddress(value) } });
      break;
    default:
      break;
  }
  return notes;
}
