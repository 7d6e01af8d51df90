/**
 * Intake: reads whatever the person pasted and returns the fields of the "Troubleshooting
 * details" block it can prove, without ever guessing one.
 *
 * Accepted, without asking which it is: the block as copied from the error page (the
 * `Error Code:` layout and the older `Message: AADSTS…` one), with any text around it, blank
 * lines, Markdown (bold, lists, tables, links), `> ` quoted e-mail replies, CRLF line endings or
 * everything on one line; an app's `error_description` (`AADSTS53003: … Trace ID: … Correlation
 * ID: … Timestamp: 2023-08-03 18:11:29Z`); and the OAuth error JSON (`error_codes`, `trace_id`,
 * `correlation_id`, `timestamp`), whole or cut; command-line and SDK lines with several attempts;
 * app error reports (`OS: linux`, `Product: Visual Studio Code`); a bare code in prose or a title
 * ("error code 53003", "Error 530001: …"); the page's own wording without a code; a details block
 * whose labels are in another language (known labels by name, unknown ones by position and shape).
 * It also reads the sign-in flow, the resource (scope) and the user's address where the text
 * shows them (`extract.ts`).
 *
 * How: the text is cleaned into lines, every known label is found with one linear regular
 * expression, and each label's value runs to the next label or the end of the line. A value is
 * kept only if it has its field's shape (a GUID, an IP address, a 5–7 digit code, a timestamp),
 * so a label in prose followed by something else is ignored. Labels found with no readable value
 * are reported, and so are fields found twice with different values (the first one is kept).
 * Only the first `MAX_CHARS` characters are read: a multi-megabyte paste costs the same as a
 * normal one.
 */
import {
  extractExtras,
  headlineOf,
  requirementOf,
  type CheckerWords,
  type Headline,
} from './extract.ts';
import { fieldNames, type FieldName } from './types.ts';

/** What a label can name: a field, the old layout's message, an app report's OS or product. */
export type Label = Exclude<FieldName, 'flow' | 'resource' | 'user'> | 'message' | 'os' | 'product';

/**
 * The words the label scan knows, as regular-expression sources: data (`lexicon.ts`) that the
 * checker's page receives in its data file, so that its script does not carry them.
 */
export interface Lexicon {
  /** Each label's names, in the order of the page's fields. */
  labels: [Label, string][];
  /** Page text that ends a value when everything was pasted on one line. */
  stops: string;
  /** "Not available" as pages write it, in the languages seen or likely. */
  notAvailable: string;
  /** Platforms as pages and app reports name them. */
  platform: string;
  /** Device states as pages and people write them. */
  state: string;
  /** The layout tags of a web page copied as source (any other markup stays, as text). */
  layout: string;
}

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
  /** The page's wording, when it was pasted too (with or without a code): see `headlineOf`. */
  headline?: Headline;
  /** The device requirement a message names ("required device state: compliant"). */
  requirement?: 'compliant' | 'domain-joined' | 'managed';
  /** The requirement as the message writes it (`compliant`, `domain_joined`). */
  requirementWords?: string;
  /**
   * The code whose words the message carries, when they belong to another code than the one
   * written (`AADSTS53005: Access has been blocked by Conditional Access policies…` is 53003's
   * sentence), or when the sentence came without any code.
   */
  codeWords?: string;
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

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Value readers, one per field: each returns the value at the start of `s`, or nothing. */
/** A lexicon's regular expressions and readers, built once per lexicon. */
interface Compiled {
  labels: Lexicon['labels'];
  pattern: RegExp;
  readers: Record<Label, (s: string) => string | undefined>;
  byShape: Partial<Record<FieldName, (s: string) => string | undefined>>;
  layout: RegExp;
}

const compiled = new WeakMap<Lexicon, Compiled>();

/** Compiles a lexicon: the one label pattern, the value readers, the strict readers. */
function compile(lexicon: Lexicon): Compiled {
  const done = compiled.get(lexicon);
  if (done) return done;
  const notAvailable = new RegExp(lexicon.notAvailable, 'iu');
  const platform = new RegExp(lexicon.platform, 'i');
  const state = new RegExp(lexicon.state, 'i');
  const timestamp = (s: string) =>
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d{1,7})?(?: ?(?:Z|[+-]\d{2}:?\d{2}|UTC)(?![\w]))?/i
      .exec(s)?.[0]
      .trim();
  const deviceId = (s: string) => guid(s) ?? notAvailable.exec(s)?.[1];
  const c: Compiled = {
    labels: lexicon.labels,
    layout: new RegExp(lexicon.layout, 'gi'),
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?:${lexicon.labels.map(([, l]) => `(${l})`).join('|')})["']?[ \\t]*[:=：]+[ \\t]*["']?|(${lexicon.stops}))`,
      'giu',
    ),
    readers: {
      // Five to seven digits, or the eight of a WAM page's HRESULT-like code (`80043490`).
      errorCode: (s) => /^\[?\s*(?:AADSTS)?(\d{5,7}|8\d{7})(?!\d)/i.exec(s)?.[1],
      message: (s) => /^AADSTS(\d{5,7})(?!\d)/i.exec(s)?.[1],
      requestId: (s) => guid(s) ?? hex32(s),
      correlationId: (s) => guid(s) ?? hex32(s),
      appId: guid,
      deviceId,
      timestamp,
      ipAddress: ip,
      appName: (s) => freeText(s, 120),
      devicePlatform: (s) => platform.exec(s)?.[0] ?? freeText(s, 40),
      deviceState: (s) => state.exec(s)?.[0] ?? freeText(s, 40),
      // An app report's OS line: only a system we know, never free text (`x-client-OS: REDACTED`).
      os: (s) => platform.exec(s)?.[0] ?? /^darwin [\w. ]{1,30}$/i.exec(s)?.[0],
      product: (s) =>
        /^(visual studio code|azure data studio)(?: - insiders)?$/i.exec(s.trim())?.[0],
    },
    // Strict readers for a value found under a label we do not know, by its position in a block.
    byShape: {
      errorCode: (s) => /^(\d{5,7})$/.exec(s)?.[1],
      requestId: guid,
      correlationId: guid,
      timestamp,
      appId: guid,
      ipAddress: ip,
      deviceId,
      devicePlatform: (s) => platform.exec(s)?.[0],
      deviceState: (s) => state.exec(s)?.[0],
    },
  };
  compiled.set(lexicon, c);
  return c;
}

/** A correlation id written without hyphens (WAM pages). */
function hex32(s: string): string | undefined {
  return /^([0-9a-f]{32})(?![0-9a-z])/i.exec(s)?.[1]?.toLowerCase();
}

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
function clean(text: string, layout: RegExp): string {
  return (
    text
      .replace(/\\r\\n|\\n|\\r/g, '\n')
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
      .replace(/[\u200b-\u200d\ufeff]/g, '')
      .replace(/[’‘ʼ]/g, "'")
      .replace(/[*`]+/g, '')
      // Layout tags of a web page copied as source; any other markup stays, as text.
      .replace(layout, ' ')
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

/**
 * Reads a paste. Pure and linear in the size of the text read. `known` lists the codes the site
 * knows: a number standing alone in prose ("Can you add 530032?") counts as a code only if it
 * is one of them, so that any other number in a text stays a number. `words` (`words.ts`, in the
 * checker's data) lets it read the flow, resource, user and page wording too.
 */
export function readPaste(
  input: string,
  lexicon: Lexicon,
  maxChars: number = MAX_CHARS,
  known: ReadonlySet<string> = new Set(),
  words?: CheckerWords,
): ParseResult {
  const { labels, pattern, readers, byShape, layout } = compile(lexicon);
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
  const text = clean(json ? json.lines : slice, layout);

  const found = new Map<FieldName, { value: string; label: string; rank: number }[]>();
  const seen = new Set<FieldName>();
  /** `rank` orders the sources of a field: the page's own label first, guesses from prose last. */
  const add = (field: FieldName, value: string, label: string, rank = 0) => {
    const list = found.get(field) ?? [];
    list.push({ value, label, rank });
    found.set(field, list);
  };

  const matches = [...text.matchAll(pattern)];
  /** The line each recognised page field starts on, for reading unknown labels by position. */
  const fieldLines = new Map<number, number>();
  let newline = text.indexOf('\n');
  let line = 0;
  matches.forEach((m, i) => {
    const group = m.slice(1, labels.length + 1).findIndex((g) => g !== undefined);
    const source = labels[group];
    if (!source) return;
    const [field] = source;
    const start = m.index + m[0].length;
    // Matches come in order, so the next line break is searched for only when passed: linear.
    while (newline !== -1 && newline < m.index) {
      newline = text.indexOf('\n', newline + 1);
      line++;
    }
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
    // A known label that is no field of the page's box: not a line to read by position.
    if (field === 'message' || field === 'os' || field === 'product') fieldLines.set(line, -1);
    if (field === 'message') {
      formats.add(/description/i.test(label) ? 'description' : 'message');
      if (value) add('errorCode', value, label, 1);
      return;
    }
    if (field === 'os') {
      if (value) add('devicePlatform', value, label, 2);
      return;
    }
    if (field === 'product') {
      if (value) add('appName', value.replace(/ - insiders$/i, ''), label, 2);
      return;
    }
    seen.add(field);
    if (!value) return;
    // error_codes is the protocol's own number: it wins over a code typed in the text.
    add(field, value, label, field === 'errorCode' && /^error_?codes$/i.test(label) ? -1 : 0);
    fieldLines.set(line, fieldNames.indexOf(field));
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

  readByPosition(text, fieldLines, found, add, byShape);

  // An AADSTS code anywhere (an error_description starts with one) comes after labelled codes.
  for (const m of text.matchAll(/AADSTS(\d{5,7})(?!\d)/gi)) {
    if (m[1]) add('errorCode', m[1], 'AADSTS', 1);
    if (!formats.has('message') && !json) formats.add('description');
  }
  if (words) readWords(text, words, add, !found.has('errorCode') ? known : new Set());

  for (const field of fieldNames) {
    const list = found.get(field)?.sort((a, b) => a.rank - b.rank);
    const first = list?.[0];
    if (!list || !first) {
      if (seen.has(field)) result.unreadable.push(field);
      continue;
    }
    result.fields[field] = first.value;
    result.labels[field] = first.label;
    const values = [...new Set(list.map((f) => canonical(field, f.value)))];
    if (values.length > 1)
      result.conflicts.push({
        field,
        values: values.map((v) => list.find((f) => canonical(field, f.value) === v)?.value ?? v),
      });
  }

  // The flow, resource, user and page wording: only where the caller gives the words for them.
  const extras = words ? extractExtras(text, words) : {};
  for (const key of ['flow', 'resource', 'user'] as const) {
    const value = extras[key];
    if (value) result.fields[key] = value;
  }
  const headline = words && headlineOf(text, words);
  if (headline) result.headline = headline;
  const requirement = requirementOf(text, headline);
  if (requirement) {
    result.requirement = requirement.kind;
    if (requirement.words) result.requirementWords = requirement.words;
  }
  // 53003's own sentence under another number is a typo or an edit: the words say 53003.
  const sentence = words && new RegExp(words.blocked, 'i').exec(text);
  if (sentence && result.fields.errorCode !== '53003') {
    const written = sentence[1] ?? result.fields.errorCode;
    if (written !== '53003' && (!written || written === result.fields.errorCode))
      result.codeWords = '53003';
  }

  result.formats = (['details', 'message', 'description', 'json'] as const).filter((f) =>
    formats.has(f),
  );
  return result;
}

/**
 * What the checker's words find besides the labels, each at a rank below the page's own: a code
 * in prose or a title ("error code 53003", "Error 530001:", "a 53003 error"), then a number
 * standing alone that is a code the site knows (`known`); the product an app report names before
 * its version; the platform the 50005 message names ("from a platform (Unknown)").
 */
function readWords(
  text: string,
  words: CheckerWords,
  add: (field: FieldName, value: string, label: string, rank?: number) => void,
  known: ReadonlySet<string>,
) {
  for (const m of text.matchAll(new RegExp(words.proseCode, 'giu'))) {
    const code = m[1] ?? m[2];
    if (code) add('errorCode', code, 'text', 2);
  }
  for (const m of text.matchAll(/(?<![\w.\-:/@#'])(\d{5,7})(?![\w.\-:/'])/g))
    if (m[1] && known.has(m[1])) {
      add('errorCode', m[1], 'text', 3);
      break;
    }
  const product = new RegExp(words.productVersion, 'im').exec(text)?.[1];
  if (product)
    add(
      'appName',
      product.replace(/\b\w/g, (c) => c.toUpperCase()),
      'version',
      3,
    );
  const claimed = new RegExp(words.claimedPlatform, 'i').exec(text)?.[1];
  if (claimed) add('devicePlatform', claimed, 'AADSTS50005', 1);
}

/**
 * Reads the lines of a details block whose labels we do not know (a page in another language,
 * whole or in part) by position and shape. The page prints its fields in a fixed order, so a run
 * of `label: value` lines is matched to that order: each line takes the first field, after the
 * previous line's, whose strict shape its value has (a code, a GUID, a timestamp, an address,
 * "Not available" in a known language, a platform or state the page uses; a short name right
 * after the time, as the app's). Lines with a known label anchor the run. A run counts only with
 * three fields or more, one of them a GUID, so that a stray `Version: 53003` is no block.
 */
function readByPosition(
  text: string,
  fieldLines: Map<number, number>,
  found: Map<FieldName, unknown[]>,
  add: (field: FieldName, value: string, label: string, rank?: number) => void,
  byShape: Compiled['byShape'],
) {
  let previous = -1;
  let run: { field: FieldName; value: string; label: string }[] = [];
  let anchors = 0;
  const close = () => {
    const guids = run.filter((r) => /Id$/.test(r.field)).length;
    if (run.length + anchors >= 3 && (guids || anchors))
      for (const r of run) if (!found.has(r.field)) add(r.field, r.value, r.label, 1);
    run = [];
    anchors = 0;
    previous = -1;
  };
  const rows = text.split('\n');
  rows.forEach((row, n) => {
    const known = fieldLines.get(n);
    if (known === -1) return;
    if (known !== undefined) {
      // A known field before the ones read by position: the run was no block in page order.
      if (known <= previous) {
        run = [];
        anchors = 0;
      }
      previous = known;
      anchors++;
      return;
    }
    // `label: value`, found without a regular expression: a 64 KB line costs one scan.
    const colon = row.length < 400 ? row.search(/[:：]/) : -1;
    const label = row.slice(0, Math.max(colon, 0)).trim();
    const value = row.slice(colon + 1).trim();
    if (colon < 1 || !label || label.length > 40 || !value) {
      if (row.trim()) close();
      return;
    }
    for (let i = previous + 1; i < 10; i++) {
      const field = fieldNames[i];
      if (!field) break;
      // A name has no shape: taken only right after the time and right before an id.
      const read =
        field === 'appName'
          ? previous === 3 && guid(rows[n + 1]?.replace(/^[^:：]*[:：]\s*/, '') ?? '')
            ? freeText(value, 60)
            : undefined
          : byShape[field]?.(value);
      if (read) {
        run.push({ field, value: read, label });
        previous = i;
        return;
      }
    }
    close();
  });
  close();
}

/** The form in which two values of a field count as the same. */
function canonical(field: FieldName, value: string): string {
  if (field === 'devicePlatform') {
    const kind = platformKind(value);
    return kind === 'other' ? value.toLowerCase().replace(/\s+/g, ' ') : kind;
  }
  return field === 'appName' || field === 'deviceState'
    ? value.toLowerCase().replace(/\s+/g, ' ')
    : value.toLowerCase();
}

/** A device platform as a closed set of values, for the rules. */
export function platformKind(
  value: string | undefined,
): 'windows' | 'macos' | 'ios' | 'android' | 'linux' | 'unknown' | 'other' | 'missing' {
  if (!value) return 'missing';
  const v = value.toLowerCase();
  if (v.startsWith('windows') || v === 'win32') return 'windows';
  if (/^(?:mac ?os|darwin)/.test(v)) return 'macos';
  if (/^i(?:pad)?os/.test(v)) return 'ios';
  if (v.startsWith('android')) return 'android';
  if (/^(?:linux|ubuntu|debian|fedora|rhel|red hat)/.test(v)) return 'linux';
  if (v === 'unknown') return 'unknown';
  return 'other';
}

/** A device state as a closed set of values, for the rules. */
export function deviceStateKind(
  value: string | undefined,
): 'unregistered' | 'registered' | 'domainjoined' | 'compliant' | 'other' | 'missing' {
  if (!value) return 'missing';
  const v = value.toLowerCase().replace(/[\s_-]+/g, '');
  if (v === 'compliant' || v === 'conforme' || v === 'managed') return 'compliant';
  if (v === 'unregistered' || v === 'nonregistrato') return 'unregistered';
  if (v === 'registered' || v === 'registrato' || v === 'workplacejoined') return 'registered';
  if (v === 'domainjoined' || v === 'hybridazureadjoined' || v === 'aggiuntoaldominio')
    return 'domainjoined';
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
