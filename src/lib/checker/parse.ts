/**
 * Intake: reads whatever the person pasted and returns the fields of the "Troubleshooting
 * details" block it can prove, without ever guessing one.
 *
 * Accepted, without asking which it is: the block as copied from the error page (the
 * `Error Code:` layout and the older `Message: AADSTS…` one), with any text around it, blank
 * lines, Markdown (bold, lists, tables, links), `> ` quoted e-mail replies, CRLF line endings or
 * everything on one line; an app's `error_description` (`AADSTS53003: … Trace ID: … Correlation
 * ID: … Timestamp: 2023-08-03 18:11:29Z`); and the OAuth error JSON (`error_codes`, `trace_id`,
 * `correlation_id`, `timestamp`), whole or cut.
 *
 * How: the text is cleaned into lines, every known label is found with one linear regular
 * expression, and each label's value runs to the next label or the end of the line. A value is
 * kept only if it has its field's shape (a GUID, an IP address, a 5–7 digit code, a timestamp),
 * so a label in prose followed by something else is ignored. Labels found with no readable value
 * are reported, and so are fields found twice with different values (the first one is kept).
 * Only the first `MAX_CHARS` characters are read: a multi-megabyte paste costs the same as a
 * normal one.
 */
import { fieldNames, type FieldName } from './types.ts';

/** How much of a paste is read: 64 KiB of text is a hundred details blocks. */
export const MAX_CHARS = 65_536;

/** The shapes of input recognised in a paste. */
export type Format = 'details' | 'message' | 'description' | 'json';

/** What `parse` found. */
export interface ParseResult {
  /** Each recognised field's value, as found (GUIDs in lower case, spacing trimmed). */
  fields: Partial<Record<FieldName, string>>;
  /** The label each value was found under, as written: `Request Id`, `Trace ID`, `trace_id`… */
  labels: Partial<Record<FieldName, string>>;
  /** The shapes recognised, in a fixed order. */
  formats: Format[];
  /** The page's headline, when it was pasted too: the guest variant says "no permission". */
  headline?: 'no-permission' | 'other';
  /** The OAuth `error` value of a JSON paste (for example `interaction_required`). */
  oauthError?: string;
  /** Fields found more than once with different values; the first value is the one kept. */
  conflicts: { field: FieldName; values: string[] }[];
  /** Fields whose label was there but whose value could not be read. */
  unreadable: FieldName[];
  /** Characters received, before the cap. */
  length: number;
  /** True when only the first `maxChars` characters were read. */
  truncated: boolean;
}

const S = '[\\s_-]*';
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * The labels of each field, English as Microsoft prints them, the protocol's keys, and the
 * Italian a localised page would likely use (UNCONFIRMED wording: accepting it costs nothing,
 * because values are checked by shape). `message` carries an AADSTS code in the old layout.
 */
const labelSources: [FieldName | 'message', string][] = [
  ['errorCode', `error${S}codes?|codice(?: di)? errore`],
  ['requestId', `request${S}id|trace${S}id|id(?: della)? richiesta`],
  ['correlationId', `correlation${S}id|id(?: di)? correlazione`],
  ['timestamp', `timestamp|created${S}date${S}time|data e ora`],
  ['appName', `app(?:lication)?${S}(?:display${S})?name|nome(?: dell')?(?: app| applicazione)`],
  ['appId', `app(?:lication)?${S}id|client${S}id|id(?: dell')?(?: app| applicazione)`],
  ['ipAddress', `(?:client${S})?ip(?:${S}address)?|indirizzo ip`],
  [
    'deviceId',
    `device${S}(?:identifier|id)|identificatore(?: del)? dispositivo|id(?: del)? dispositivo`,
  ],
  ['devicePlatform', `device${S}platform|operating${S}system|piattaforma(?: del)? dispositivo`],
  ['deviceState', `device${S}state|stato(?: del)? dispositivo`],
  ['message', `message|error${S}description|messaggio`],
];

/** Page text that ends a value when everything was pasted on one line. */
const stops =
  "flag sign-in errors for review|if you plan on getting help|troubleshooting details|more details|copy info to clipboard|if you contact your administrator|sign out and sign in with a different account|you don't have access to this|you cannot access this right now|you can't get there from here";

const labelPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${labelSources.map(([, s]) => `(${s})`).join('|')})["']?[ \\t]*[:=：]+[ \\t]*["']?|(${stops}))`,
  'giu',
);

/** Value readers, one per field: each returns the value at the start of `s`, or nothing. */
const readers: Record<FieldName | 'message', (s: string) => string | undefined> = {
  errorCode: (s) => /^\[?\s*(?:AADSTS)?(\d{5,7})(?!\d)/i.exec(s)?.[1],
  message: (s) => /^AADSTS(\d{5,7})(?!\d)/i.exec(s)?.[1],
  requestId: guid,
  correlationId: guid,
  appId: guid,
  deviceId: (s) => guid(s) ?? /^(not available|non disponibile)\b/i.exec(s)?.[1],
  timestamp: (s) =>
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC)(?![\w]))?/i
      .exec(s)?.[0]
      .trim(),
  ipAddress: ip,
  appName: (s) => freeText(s, 120),
  devicePlatform: (s) =>
    /^(?:windows(?: (?:10|11|8\.1|8|7|phone|server(?: \d{4})?))?|mac ?os(?: ?x)?|ipados|ios|android|linux|ubuntu|chrome ?os)(?![\w])/i.exec(
      s,
    )?.[0] ?? freeText(s, 40),
  deviceState: (s) =>
    /^(?:unregistered|registered|domain ?joined|hybrid azure ad joined|azure ad joined|workplace joined|compliant|managed|non registrato|registrato)(?![\w])/i.exec(
      s,
    )?.[0] ?? freeText(s, 40),
};

function guid(s: string): string | undefined {
  return new RegExp(`^\\{?(${GUID})(?![0-9a-f-])`, 'i').exec(s)?.[1]?.toLowerCase();
}

/** An IPv4 or IPv6 address at the start of `s`, checked, not just shaped. */
function ip(s: string): string | undefined {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])/.exec(s);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255) ? v4[0] : undefined;
  const v6 = /^[0-9a-f:]*:[0-9a-f:]*(?:\d{1,3}(?:\.\d{1,3}){3})?(?![\w:.])/i.exec(s)?.[0];
  if (!v6 || v6.length < 3) return undefined;
  const double = v6.split('::').length - 1;
  const groups = v6.split(/::?/).filter(Boolean);
  const ok =
    double <= 1 &&
    groups.length <= 8 &&
    (double === 1 || groups.length >= 7) &&
    groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g) || /^\d{1,3}(\.\d{1,3}){3}$/.test(g));
  return ok ? v6.toLowerCase() : undefined;
}

/** A short free-text value (app name, unknown platform): the whole segment, if it is short. */
function freeText(s: string, max: number): string | undefined {
  if (s.length > max * 4) return undefined;
  const v = s.replace(/[\s,;|"']+$/, '').trim();
  return v && v.length <= max && !/^[:=]/.test(v) ? v : undefined;
}

/** Cleans one line: quoted-reply marks, list bullets, Markdown table cells. */
function cleanLine(line: string): string {
  let l = line.replace(/^(?:[ \t]*>)+[ \t]?/, '').replace(/^[ \t]*(?:[-+•]|\d{1,2}[.)])[ \t]+/, '');
  if (/^[ \t]*\|/.test(l)) {
    const cells = l
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c))) return '';
    l = cells.length === 2 ? `${cells[0]}: ${cells[1]}` : cells.join('  ');
  }
  return l;
}

/** Normalises what varies between pastes but never carries meaning. */
function clean(text: string): string {
  return (
    text
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/[’‘ʼ]/g, "'")
      .replace(/[*`]+/g, '')
      // Layout tags of a web page copied as source; any other markup stays, as text.
      .replace(
        /<\/?(?:table|thead|tbody|tr|td|th|p|div|span|br|li|ul|ol|dl|dt|dd|b|strong|em|i|code|pre|font)\b[^<>]{0,200}>/gi,
        ' ',
      )
      .replace(/\[([^\]\n]{0,200})\]\([^)\s]{0,2000}\)/g, '$1')
      .split('\n')
      .map(cleanLine)
      .join('\n')
  );
}

/** Flattens parsed JSON into `key: value` lines the label scan reads like any other text. */
function jsonToLines(text: string): { lines: string; error?: string } | undefined {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return undefined;
  }
  const out: string[] = [];
  let error: string | undefined;
  const walk = (key: string, v: unknown, depth: number): void => {
    if (depth > 8 || out.length > 500) return;
    if (typeof v === 'string' || typeof v === 'number') {
      out.push(`${key}: ${v}`);
      if (key === 'error' && typeof v === 'string' && /^[a-z_]{3,40}$/.test(v)) error ??= v;
    } else if (Array.isArray(v)) {
      const first: unknown = v[0];
      if (typeof first === 'number' || typeof first === 'string') walk(key, first, depth + 1);
      else for (const item of v) walk(key, item, depth + 1);
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) walk(k, item, depth + 1);
    }
  };
  walk('', value, 0);
  return error ? { lines: out.join('\n'), error } : { lines: out.join('\n') };
}

/** Reads a paste. Pure and linear in the size of the text read. */
export function parse(input: string, maxChars: number = MAX_CHARS): ParseResult {
  const length = input.length;
  const truncated = length > maxChars;
  const slice = truncated ? input.slice(0, maxChars) : input;
  const formats = new Set<Format>();
  const result: ParseResult = {
    fields: {},
    labels: {},
    formats: [],
    conflicts: [],
    unreadable: [],
    length,
    truncated,
  };

  const json = jsonToLines(slice);
  if (json?.lines) {
    formats.add('json');
    if (json.error) result.oauthError = json.error;
  }
  const text = clean(json ? json.lines : slice);

  const found = new Map<FieldName, { value: string; label: string }[]>();
  const seen = new Set<FieldName>();
  const add = (field: FieldName, value: string, label: string) => {
    const list = found.get(field) ?? [];
    list.push({ value, label });
    found.set(field, list);
  };

  const matches = [...text.matchAll(labelPattern)];
  let newline = text.indexOf('\n');
  matches.forEach((m, i) => {
    const group = m.slice(1, labelSources.length + 1).findIndex((g) => g !== undefined);
    const source = labelSources[group];
    if (!source) return;
    const [field] = source;
    const start = m.index + m[0].length;
    // Matches come in order, so the next line break is searched for only when passed: linear.
    if (newline !== -1 && newline < start) newline = text.indexOf('\n', start);
    const lineEnd = newline;
    const nextLabel = matches[i + 1]?.index ?? text.length;
    let segment = text.slice(start, Math.min(nextLabel, lineEnd < 0 ? text.length : lineEnd));
    if (!segment.trim() && lineEnd >= 0 && lineEnd < nextLabel) {
      // "Label:" alone on its line, value on the next (a table copied from a web page).
      const next = /^\n[ \t]*([^\n]*)/.exec(text.slice(lineEnd));
      const nextLine = next?.[1] ?? '';
      if (lineEnd + 1 + nextLine.length <= nextLabel) segment = nextLine;
    }
    const value = readers[field](segment.trim());
    const label = m[0].replace(/["']?[ \t]*[:=：]+[ \t]*["']?$/, '').trim();
    if (field === 'message') {
      formats.add(/description/i.test(label) ? 'description' : 'message');
      if (value) add('errorCode', value, label);
      return;
    }
    seen.add(field);
    if (!value) return;
    add(field, value, label);
    // The shape of the paste: a Trace ID belongs to an app's message, protocol keys to JSON.
    if (/trace/i.test(label)) formats.add('description');
    else if (
      !json &&
      !/_|^[a-z]+[A-Z]/.test(label) &&
      field !== 'correlationId' &&
      field !== 'timestamp'
    )
      formats.add('details');
  });

  // An AADSTS code anywhere (an error_description starts with one) comes after labelled codes.
  for (const m of text.matchAll(/AADSTS(\d{5,7})(?!\d)/gi)) {
    if (m[1]) add('errorCode', m[1], 'AADSTS');
    if (!formats.has('message') && !json) formats.add('description');
  }

  for (const field of fieldNames) {
    const list = found.get(field);
    const first = list?.[0];
    if (!list || !first) {
      if (seen.has(field)) result.unreadable.push(field);
      continue;
    }
    result.fields[field] = first.value;
    result.labels[field] = first.label;
    const values = [...new Set(list.map((f) => canonical(field, f.value)))];
    if (values.length > 1) result.conflicts.push({ field, values });
  }

  const plain = text.toLowerCase();
  if (/you don't have permission to access this resource/.test(plain))
    result.headline = 'no-permission';
  else if (
    /you don't have access to this|you cannot access this right now|you can't get/.test(plain)
  )
    result.headline = 'other';

  result.formats = (['details', 'message', 'description', 'json'] as const).filter((f) =>
    formats.has(f),
  );
  return result;
}

/** The form in which two values of a field count as the same. */
function canonical(field: FieldName, value: string): string {
  return field === 'appName' || field === 'devicePlatform' || field === 'deviceState'
    ? value.toLowerCase().replace(/\s+/g, ' ')
    : value.toLowerCase();
}

/** A device platform as a closed set of values, for the rules. */
export function platformKind(
  value: string | undefined,
): 'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'other' | 'missing' {
  if (!value) return 'missing';
  const v = value.toLowerCase();
  if (v.startsWith('windows')) return 'windows';
  if (/^mac ?os/.test(v)) return 'macos';
  if (/^i(?:pad)?os/.test(v)) return 'ios';
  if (v.startsWith('android')) return 'android';
  if (/^(?:linux|ubuntu|debian|fedora)/.test(v)) return 'linux';
  return 'other';
}

/** A device state as a closed set of values, for the rules. */
export function deviceStateKind(
  value: string | undefined,
): 'unregistered' | 'registered' | 'domainjoined' | 'other' | 'missing' {
  if (!value) return 'missing';
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (v === 'unregistered' || v === 'nonregistrato') return 'unregistered';
  if (v === 'registered' || v === 'registrato' || v === 'workplacejoined') return 'registered';
  if (v === 'domainjoined' || v === 'hybridazureadjoined') return 'domainjoined';
  return 'other';
}

/** Whether the device identifier is a real one, the page's "Not available", or absent. */
export function deviceIdKind(value: string | undefined): 'present' | 'not-available' | 'missing' {
  if (!value) return 'missing';
  return new RegExp(`^${GUID}$`, 'i').test(value) ? 'present' : 'not-available';
}

/**
 * The instant of a timestamp, when the text says its time zone (`Z`, `UTC` or an offset);
 * `undefined` otherwise, because a time without a zone cannot be placed, and for impossible
 * dates (February 30th) that `Date.UTC` would silently roll over.
 */
export function timestampDate(value: string | undefined): Date | undefined {
  const m =
    /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))? ?(?:Z|UTC|([+-])(\d{2}):?(\d{2}))$/i.exec(
      value ?? '',
    );
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const base = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (base.getUTCFullYear() !== y || base.getUTCMonth() !== mo - 1 || base.getUTCDate() !== d)
    return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const offset = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) : 0;
  const ms = Math.round(Number(`0.${m[7] ?? '0'}`) * 1000);
  return new Date(base.getTime() + ms - offset * 60_000);
}
