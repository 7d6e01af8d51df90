/**
 * Reads one file's text, piece by piece, into sign-in records: decides whether it is JSON or a
 * CSV, recognises its shape from its content (`shapes.ts`), normalises each record
 * (`normalise.ts`), counts the expected fields it lacks, and names what it found when it is not
 * a sign-in log at all. A file is read only when its shape is recognised: nothing is guessed.
 *
 * Lifecycle: `push()` decoded text in order, then `end()`, which returns the file's report and
 * records (or throws a {@link LogReadError}). The text is never held whole: JSON goes through
 * `JsonSplitter`, CSV through `CsvStream`. Bytes, encodings and archives are `source.ts`'s job.
 */
import { CsvStream } from './csv';
import { DateOrderGuess, isSlashedDate, parseTimestamp, type DateOrder } from './dates';
import type { TextEncoding } from './decode';
import { JsonSplitter, JsonStructureError, type JsonLayout, type JsonOrigin } from './json-stream';
import {
  camelFields,
  columnKey,
  headerKey,
  isObject,
  mapCsvHeader,
  normaliseCsvRow,
  normaliseDiagnostic,
  normaliseGraphRecord,
  normaliseLogAnalytics,
  pascalFields,
  str,
  type CsvField,
  type CsvHeaderMap,
  type Fields,
} from './normalise';
import type { Pool } from './pool';
import {
  classifyItem,
  expectedFields,
  kindOfFileName,
  type ItemKind,
  type ShapeId,
  type SignInKind,
} from './shapes';
import type { SignInRecord } from './types';

/** Why a file could not be read; the interface has one message per code. */
export type LogReadErrorCode =
  /** Nothing but white space. */
  | 'empty'
  /** Not text: a spreadsheet, an archive, a PDF, an image… (`found.kind` says which). */
  | 'binary'
  /** JSON that does not parse (`found` says where and what is there). */
  | 'invalid-json'
  /** Valid JSON that holds no sign-in records (`found` says what it holds). */
  | 'json-shape'
  /** A recognised shape with no records in it. */
  | 'no-records'
  /** A CSV without the columns of any sign-in export (`found` lists its columns). */
  | 'csv-columns'
  /** Text that is neither JSON nor a CSV (`found` quotes its start). */
  | 'unknown-format'
  /** Records without any error code: 53003 cannot be counted (`found` names the field). */
  | 'no-codes'
  /** PowerShell objects written without `-Depth`: their nested fields are type names. */
  | 'ps-depth'
  /** An archive with no file the reader can read (`found` lists its files). */
  | 'archive-empty'
  /** More sign-ins than one session keeps (`session.ts`, `MAX_RECORDS`). */
  | 'too-large'
  | 'internal';

/** What a file held instead of what was expected: data for the message, in no language. */
export interface Found {
  /** What kind of thing it was. */
  kind:
    | 'object'
    | 'array'
    | 'string'
    | 'number'
    | 'boolean'
    | 'null'
    | 'csv'
    | 'text'
    | 'json-error'
    | 'xlsx'
    | 'xls'
    | 'pdf'
    | 'image'
    | 'zip'
    | 'gzip'
    | 'binary';
  /** Keys, columns, file names or fields, as found (the first few). */
  names?: string[];
  /** How many entries or columns there were. */
  count?: number;
  /** A short excerpt of the text, on one line. */
  excerpt?: string;
  /** For JSON that does not parse: where (1-based), or the record, far into a big file. */
  line?: number;
  column?: number;
  record?: number;
  /** For JSON that does not parse: true when the text simply stops (a download cut short). */
  truncated?: boolean;
  /** For a CSV: the columns a sign-in export needs and this one lacks. */
  missing?: string[];
}

/** A file that is not a sign-in log export, with what was found instead. */
export class LogReadError extends Error {
  constructor(
    readonly code: LogReadErrorCode,
    readonly found: Found | null = null,
  ) {
    super(`${code}${found ? `: ${JSON.stringify(found)}` : ''}`);
    this.name = 'LogReadError';
  }
}

/** Something worth telling about a file that was read nonetheless. */
export type LogReadWarning =
  /** The file stops before its end (a cut download): the counts cover what was read. */
  | { code: 'truncated' }
  /** A Graph response with `@odata.nextLink`: this is one page of a longer result. */
  | { code: 'next-page' }
  /** Some entries were not sign-in records and were left out (`found`: the first of them). */
  | { code: 'skipped'; count: number; found: Found }
  /** PowerShell objects written without `-Depth`: nested fields (policies) were lost. */
  | { code: 'ps-depth' }
  /** Fields the shape should have and some or all records lack. */
  | { code: 'missing-fields'; fields: { name: string; missing: number }[]; records: number }
  /** Records of more than one shape in one file. */
  | { code: 'mixed'; shapes: ShapeId[] }
  /** Some records carry no error code (counted neither as blocked nor as successful). */
  | { code: 'no-code'; count: number; field: string }
  /** Slashed dates whose order no date settled: read in this order. */
  | { code: 'date-order'; order: DateOrder };

/** What a read learned about one file. */
export interface FileReport {
  /** The name as given (inside an archive: `archive.zip › name.csv`). */
  name: string;
  /** The archive it came out of, if any. */
  container: string | null;
  shape: ShapeId;
  encoding: TextEncoding | null;
  /** CSV only: the delimiter. */
  delimiter: string | null;
  /** Slashed dates only: the order they were read in, and whether a date proved it. */
  dateOrder: DateOrder | null;
  /** Records of each sign-in kind, as the file says (`''`: not said). */
  kinds: Partial<Record<SignInKind, number>>;
  /** Records read from the file. */
  count: number;
  /** Of those, records already read (same sign-in, from an earlier file or earlier in this one). */
  duplicates: number;
  warnings: LogReadWarning[];
  /** True when the records carry a list of applied policies (even an empty one). */
  hasPolicies: boolean;
  /** True when at least one policy carries beta's include/exclude rule fields. */
  hasRuleDetails: boolean;
  /** Graph responses: the version named by `@odata.context`, when it names one. */
  graphVersion: 'v1.0' | 'beta' | null;
}

/** One file read: its report and its records, in file order, not yet merged. */
export interface FileRead {
  report: FileReport;
  records: SignInRecord[];
}

/** How the shape of a file follows from its layout and the kind of its records. */
function shapeOf(layout: JsonLayout, origin: JsonOrigin | null, kind: ItemKind): ShapeId {
  switch (kind) {
    case 'powershell':
      return 'powershell-json';
    case 'log-analytics':
    case 'tables':
      return 'log-analytics-json';
    case 'records':
      return 'event-hub-json';
    case 'graph-page':
      return 'graph';
    case 'diagnostic':
      if (origin === 'records') return 'event-hub-json';
      return layout === 'lines' ? 'diagnostic-jsonl' : 'diagnostic-json';
    case 'graph':
      if (origin === 'value') return 'graph';
      if (layout === 'lines') return 'graph-jsonl';
      if (layout === 'array') return 'portal-json';
      return 'graph';
  }
}

/** The Graph paths checked on camelCase and PascalCase records (see `expectedFields`). */
const graphChecks: readonly (readonly string[])[] = expectedFields.graph.map((p) => p.split('.'));

/** The portal CSV's expected columns and the field of the header map that carries each. */
const portalColumns: readonly (readonly [string, CsvField])[] = [
  ['Date (UTC)', 'date'],
  ['Request ID', 'requestId'],
  ['Correlation ID', 'correlationId'],
  ['Username', 'username'],
  ['Application ID', 'applicationId'],
  ['Resource ID', 'resourceId'],
  ['IP address', 'ipAddress'],
  ['Location', 'location'],
  ['Status', 'status'],
  ['Sign-in error code', 'errorCode'],
  ['Client app', 'clientApp'],
  ['Operating System', 'operatingSystem'],
  ['Join Type', 'joinType'],
  ['Conditional Access', 'conditionalAccess'],
];

/** Log Analytics columns that mark a CSV or a JSON row as a Log Analytics export. */
const logAnalyticsMarks = ['timegenerated', 'type', 'category', 'operationname', 'tenantid'];

/** Counts, per expected field, the records that lack it. */
class FieldTally {
  #missing: number[];
  #records = 0;
  constructor(readonly names: readonly string[]) {
    this.#missing = names.map(() => 0);
  }
  /** Records one record's presence flags (same order as `names`). */
  add(present: (i: number) => boolean) {
    this.#records++;
    for (let i = 0; i < this.names.length; i++)
      if (!present(i)) this.#missing[i] = (this.#missing[i] ?? 0) + 1;
  }
  /** Records `count` records that all lack the same fields (a CSV without a column). */
  addMany(count: number, present: (i: number) => boolean) {
    this.#records += count;
    for (let i = 0; i < this.names.length; i++)
      if (!present(i)) this.#missing[i] = (this.#missing[i] ?? 0) + count;
  }
  /** The warning, or null when nothing is missing. */
  warning(): LogReadWarning | null {
    const fields = this.names
      .map((name, i) => ({ name, missing: this.#missing[i] ?? 0 }))
      .filter((f) => f.missing > 0);
    return fields.length ? { code: 'missing-fields', fields, records: this.#records } : null;
  }
}

/** What a parsed value is, for a message (`found`). */
export function describeValue(value: unknown, count?: number): Found {
  const base: Found = Array.isArray(value)
    ? { kind: 'array', count: value.length }
    : isObject(value)
      ? { kind: 'object', names: Object.keys(value).slice(0, 8), count: Object.keys(value).length }
      : value === null
        ? { kind: 'null' }
        : typeof value === 'string'
          ? { kind: 'string', excerpt: value.slice(0, 40) }
          : typeof value === 'number'
            ? { kind: 'number' }
            : { kind: 'boolean' };
  return count === undefined ? base : { ...base, count };
}

/** A one-line excerpt of the start of a text, for a message. */
function startOf(text: string): string {
  return (
    text
      .trim()
      .slice(0, 60)
      // eslint-disable-next-line no-control-regex -- folding control characters is the point
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ') + (text.trim().length > 60 ? '…' : '')
  );
}

/** True when a text holds control characters no text export contains (NUL, bell…). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 27) || (c > 27 && c < 32)) return true;
  }
  return false;
}

/**
 * What a binary text most likely is, from its first characters (files are told apart by their
 * bytes before decoding, in `source.ts`; this is for text that reached the reader as text).
 */
export function binaryKind(head: string): Found['kind'] {
  if (head.startsWith('PK\u0003\u0004')) return 'zip';
  if (head.startsWith('%PDF')) return 'pdf';
  return 'binary';
}

/** Options of a {@link FileIntake}. */
export interface IntakeOptions {
  /** The file's name, for the report and the sign-in kind of a portal CSV. */
  name: string;
  /** The archive it came from, if any. */
  container?: string | null;
  /** Its position among the files read. */
  file: number;
  pool: Pool;
  /** The encoding its bytes were decoded from (for the report). */
  encoding?: TextEncoding | null;
}

/** Reads one file's text into records. See the module comment. */
export class FileIntake {
  #options: IntakeOptions;
  #head = '';
  #mode: 'undecided' | 'json' | 'csv' = 'undecided';
  #records: SignInRecord[] = [];
  #warnings: LogReadWarning[] = [];
  // JSON
  #splitter: JsonSplitter | null = null;
  #envelope: Record<string, unknown> = {};
  #origin: JsonOrigin | null = null;
  #kinds = new Map<ItemKind, number>();
  #firstKind: ItemKind | null = null;
  #skipped = 0;
  #firstSkipped: Found | null = null;
  #tallies = new Map<string, FieldTally>();
  #psDepth = 0;
  // CSV
  #csv: CsvStream | null = null;
  #csvFlavour: 'portal' | 'log-analytics' | null = null;
  #csvMap: CsvHeaderMap = {};
  #csvColumns = new Map<string, number>();
  #header: string[] = [];
  #headerLine = '';
  /** The refusal of a first line that is no sign-in header, kept until the second line. */
  #notLog: LogReadError | null = null;
  #csvKind: SignInKind = '';
  // both
  #dates = new DateOrderGuess();
  #noCode = 0;

  constructor(options: IntakeOptions) {
    this.#options = options;
  }

  /** How many records were read so far. */
  get count(): number {
    return this.#records.length;
  }

  /** Reads one more piece of the file's text. */
  push(text: string) {
    if (!text) return;
    if (this.#mode === 'undecided') {
      this.#head += text;
      const start = this.#head.search(/\S/);
      // Enough to tell JSON from CSV, and binary from text.
      if (start === -1 || (this.#head.length < 4096 && !/[\r\n]/.test(this.#head.slice(start))))
        return;
      this.#decide();
      return;
    }
    this.#feed(text);
  }

  /** Ends the file: returns its report and records, or throws a {@link LogReadError}. */
  end(): FileRead {
    if (this.#mode === 'undecided') {
      if (!this.#head.trim()) throw new LogReadError('empty');
      this.#decide();
    }
    return this.#mode === 'json' ? this.#endJson() : this.#endCsv();
  }

  /** Decides JSON or CSV from the start of the text, then feeds what was held back. */
  #decide() {
    const head = this.#head;
    this.#head = '';
    const trimmed = head.replace(/^[\s\ufeff]+/, '');
    const first = trimmed[0];
    if (first === '{' || first === '[') {
      this.#mode = 'json';
      this.#splitter = new JsonSplitter({
        value: (value, origin) => this.#item(value, origin),
        member: (key, value) => {
          this.#envelope[key] = value;
        },
      });
    } else {
      const sample = trimmed.slice(0, 4096);
      if (hasControlCharacters(sample))
        throw new LogReadError('binary', { kind: binaryKind(trimmed.slice(0, 8)) });
      this.#mode = 'csv';
      this.#csvKind = kindOfFileName(this.#options.name);
      this.#csv = new CsvStream((fields, row) => this.#row(fields, row));
    }
    this.#feed(head);
  }

  /** Passes text to the JSON splitter or the CSV reader, turning their errors into ours. */
  #feed(text: string) {
    try {
      if (this.#splitter) this.#splitter.push(text);
      else this.#csv?.push(text);
    } catch (error) {
      throw this.#jsonError(error);
    }
  }

  /** A JSON structure error as the reader reports it; other errors pass through. */
  #jsonError(error: unknown): unknown {
    if (!(error instanceof JsonStructureError)) return error;
    return new LogReadError('invalid-json', {
      kind: 'json-error',
      ...(error.line ? { line: error.line, column: error.column } : { record: error.record }),
      excerpt: error.near,
      truncated: error.truncated,
    });
  }

  /** The context of the next record. */
  #ctx() {
    return { index: -1, file: this.#options.file, pool: this.#options.pool };
  }

  /** The expected-field tally of a record kind, created on first use. */
  #tally(set: string, names: readonly string[]): FieldTally {
    let tally = this.#tallies.get(set);
    if (!tally) {
      tally = new FieldTally(names);
      this.#tallies.set(set, tally);
    }
    return tally;
  }

  /** Reads one parsed JSON value: a record, or a page/message/table holding records. */
  #item(value: unknown, origin: JsonOrigin) {
    this.#origin ??= origin;
    const kind = classifyItem(value);
    if (!kind || !isObject(value)) {
      this.#skipped++;
      this.#firstSkipped ??= describeValue(value);
      return;
    }
    this.#kinds.set(kind, (this.#kinds.get(kind) ?? 0) + 1);
    this.#firstKind ??= kind;
    switch (kind) {
      case 'graph':
        this.#graph(value, camelFields, 'graph', expectedFields.graph);
        break;
      case 'powershell':
        this.#graph(value, pascalFields, 'powershell', expectedFields.powershell);
        break;
      case 'diagnostic': {
        const properties = isObject(value['properties']) ? value['properties'] : {};
        this.#check('diagnostic', expectedFields.diagnostic, properties, camelFields);
        this.#add(normaliseDiagnostic(value, this.#ctx()));
        break;
      }
      case 'log-analytics': {
        const columns = new Map<string, unknown>();
        for (const [key, v] of Object.entries(value)) columns.set(columnKey(key), v);
        this.#logAnalytics(
          (c) => columns.get(c),
          (c) => columns.has(c),
        );
        break;
      }
      case 'graph-page':
      case 'records': {
        const list = value[kind === 'graph-page' ? 'value' : 'records'];
        if (kind === 'graph-page' && typeof value['@odata.nextLink'] === 'string')
          this.#envelope['@odata.nextLink'] ??= value['@odata.nextLink'];
        for (const entry of Array.isArray(list) ? list : [])
          this.#item(entry, kind === 'records' ? 'records' : 'value');
        break;
      }
      case 'tables':
        this.#tables(value['tables']);
        break;
    }
  }

  /** A Graph-shaped record, camelCase or PascalCase. */
  #graph(value: Record<string, unknown>, f: Fields, set: string, names: readonly string[]) {
    this.#check(set, names, value, f);
    // ConvertTo-Json without -Depth writes nested objects as their type names.
    if (f === pascalFields) {
      const policies = value['AppliedConditionalAccessPolicies'];
      if (
        typeName(value['Status']) ||
        (Array.isArray(policies) && policies.some((p) => typeName(p)))
      )
        this.#psDepth++;
    }
    this.#add(normaliseGraphRecord(value, this.#ctx(), f));
  }

  /** Counts the expected fields a Graph-shaped record lacks. */
  #check(set: string, names: readonly string[], value: Record<string, unknown>, f: Fields) {
    this.#tally(set, names).add((i) => {
      const path = graphChecks[i] ?? [];
      let at: unknown = value;
      for (const step of path) {
        if (!isObject(at) || !f.has(at, step)) {
          // The early schema's name of the policy list counts too.
          return (
            step === 'appliedConditionalAccessPolicies' &&
            isObject(at) &&
            f.has(at, 'conditionalAccessPolicies')
          );
        }
        at = f.get(at, step);
      }
      return true;
    });
  }

  /** A Log Analytics row, from JSON or CSV. */
  #logAnalytics(get: (column: string) => unknown, has: (column: string) => boolean) {
    const names = expectedFields['log-analytics'];
    if (this.#mode === 'json')
      this.#tally('log-analytics', names).add((i) => has(columnKey(names[i] ?? '')));
    const record = normaliseLogAnalytics(get, this.#ctx());
    this.#dates.add(record.createdDateTime);
    this.#add(record);
  }

  /** Log Analytics' query API answer: `tables[].columns` and `tables[].rows`. */
  #tables(tables: unknown) {
    for (const table of Array.isArray(tables) ? tables : []) {
      if (!isObject(table) || !Array.isArray(table['columns']) || !Array.isArray(table['rows']))
        continue;
      const columns = new Map<string, number>();
      table['columns'].forEach((c, i) => {
        const name = isObject(c) ? str(c['name']) : str(c);
        columns.set(columnKey(name), i);
      });
      for (const row of table['rows']) {
        if (!Array.isArray(row)) continue;
        this.#logAnalytics(
          (c) => {
            const i = columns.get(c);
            return i === undefined ? undefined : row[i];
          },
          (c) => columns.has(c),
        );
      }
    }
  }

  /** Keeps a record. */
  #add(record: SignInRecord) {
    if (record.errorCode === null) this.#noCode++;
    this.#records.push(record);
  }

  /** Reads one CSV row: the header decides the flavour, the rest are records. */
  #row(fields: string[], row: number) {
    if (row === 0) {
      this.#headerLine = fields.join(this.#csv?.delimiter ?? ',');
      this.#headerRow(fields);
      return;
    }
    if (this.#notLog) this.#refuse(fields);
    if (this.#csvFlavour === 'portal') {
      const record = normaliseCsvRow(fields, this.#csvMap, this.#ctx(), this.#csvKind);
      this.#dates.add(record.createdDateTime);
      this.#add(record);
    } else {
      const columns = this.#csvColumns;
      this.#logAnalytics(
        (c) => {
          const i = columns.get(c);
          return i === undefined ? undefined : fields[i];
        },
        (c) => columns.has(c),
      );
    }
  }

  /** Recognises a CSV by its header: Log Analytics' columns, or the portal's. */
  #headerRow(fields: string[]) {
    this.#header = fields.map((f) => f.trim());
    const columns = new Map<string, number>();
    fields.forEach((name, i) => {
      const key = columnKey(name);
      if (!columns.has(key)) columns.set(key, i);
    });
    if (columns.has('resulttype') && logAnalyticsMarks.some((m) => columns.has(m))) {
      this.#csvFlavour = 'log-analytics';
      this.#csvColumns = columns;
      return;
    }
    const map = mapCsvHeader(fields);
    if (map.errorCode && (map.requestId || map.correlationId)) {
      this.#csvFlavour = 'portal';
      this.#csvMap = map;
      return;
    }
    const named = fields.filter((f) => f.trim() !== '');
    // Name what a sign-in CSV needs and this one lacks, once a second row shows it is a table.
    const lacking = [
      ...(map.errorCode ? [] : ['Sign-in error code']),
      ...(map.requestId || map.correlationId ? [] : ['Request ID']),
    ];
    this.#notLog = new LogReadError('csv-columns', {
      kind: 'csv',
      names: named.slice(0, 8).map((n) => n.trim()),
      count: named.length,
      missing: lacking,
    });
  }

  /**
   * The text whose first line is no sign-in header: a table with other columns, or not a table
   * at all (a sentence with a comma is no CSV). Decided on its second line.
   */
  #refuse(second: string[] | null): never {
    const header = this.#header.filter((f) => f !== '');
    if (this.#notLog && header.length >= 2 && second && second.length >= 2) throw this.#notLog;
    throw new LogReadError('unknown-format', { kind: 'text', excerpt: startOf(this.#headerLine) });
  }

  /** Finishes a JSON file. */
  #endJson(): FileRead {
    const splitter = this.#splitter;
    let truncated = false;
    try {
      splitter?.end();
    } catch (error) {
      const mapped = this.#jsonError(error);
      if (mapped instanceof LogReadError && mapped.found?.truncated && this.#records.length > 0)
        truncated = true;
      else throw mapped;
    }
    const layout = splitter?.layout ?? 'empty';
    if (layout === 'empty') throw new LogReadError('empty');
    if (!this.#records.length) {
      if (this.#psDepth) throw new LogReadError('ps-depth');
      if (this.#firstKind) throw new LogReadError('no-records');
      // An empty array, or a Graph page / Event Hub message with an empty records array.
      if (!splitter?.count && (layout === 'array' || splitter?.hasContainer))
        throw new LogReadError('no-records');
      if (this.#firstSkipped) {
        const count = splitter?.count ?? 0;
        throw new LogReadError(
          'json-shape',
          layout === 'array' || layout === 'lines'
            ? { ...this.#firstSkipped, count }
            : this.#firstSkipped,
        );
      }
      throw new LogReadError('json-shape', describeValue(this.#envelope));
    }
    const kind = this.#firstKind ?? 'graph';
    const shape =
      this.#origin === 'value' && (kind === 'graph' || kind === 'powershell')
        ? graphShape(this.#envelope, this.#records)
        : shapeOf(layout, this.#origin, kind);
    if (truncated) this.#warnings.push({ code: 'truncated' });
    if (typeof this.#envelope['@odata.nextLink'] === 'string')
      this.#warnings.push({ code: 'next-page' });
    if (this.#skipped)
      this.#warnings.push({
        code: 'skipped',
        count: this.#skipped,
        found: this.#firstSkipped ?? { kind: 'null' },
      });
    const shapes = new Set<ShapeId>();
    for (const k of this.#kinds.keys())
      if (k !== 'graph-page' && k !== 'records' && k !== 'tables')
        shapes.add(shapeOf(layout, this.#origin, k));
    if (shapes.size > 1) this.#warnings.push({ code: 'mixed', shapes: [...shapes] });
    for (const tally of this.#tallies.values()) {
      const warning = tally.warning();
      if (warning) this.#warnings.push(warning);
    }
    const graphVersion = shape === 'graph-v1' ? 'v1.0' : shape === 'graph-beta' ? 'beta' : null;
    return this.#finish(shape, kind, graphVersion);
  }

  /** Finishes a CSV file. */
  #endCsv(): FileRead {
    const info = this.#csv?.end();
    if (!this.#csvFlavour) this.#refuse(null);
    if (!this.#records.length) throw new LogReadError('no-records');
    if (info?.unterminatedQuote) this.#warnings.push({ code: 'truncated' });
    const shape: ShapeId = this.#csvFlavour === 'portal' ? 'portal-csv' : 'log-analytics-csv';
    if (this.#csvFlavour === 'portal') {
      const tally = new FieldTally(portalColumns.map(([name]) => name));
      tally.addMany(this.#records.length, (i) =>
        Boolean(this.#csvMap[portalColumns[i]?.[1] ?? 'date']),
      );
      const warning = tally.warning();
      if (warning) this.#warnings.push(warning);
    } else {
      const names = expectedFields['log-analytics'];
      const tally = new FieldTally(names);
      tally.addMany(this.#records.length, (i) => this.#csvColumns.has(columnKey(names[i] ?? '')));
      const warning = tally.warning();
      if (warning) this.#warnings.push(warning);
    }
    const report = this.#finish(
      shape,
      this.#csvFlavour === 'portal' ? null : 'log-analytics',
      null,
    );
    report.report.delimiter = info?.delimiter ?? ',';
    return report;
  }

  /** Reads slashed dates again in the file's order, checks codes, and builds the report. */
  #finish(
    shape: ShapeId,
    kind: ItemKind | null,
    graphVersion: FileReport['graphVersion'],
  ): FileRead {
    const records = this.#records;
    let dateOrder: DateOrder | null = null;
    if (this.#dates.seen) {
      // Log Analytics writes month-first; a spreadsheet's re-save follows its locale, and
      // without a date or an AM/PM to tell, day-first (the readers of this site are European).
      dateOrder = this.#dates.order(kind === 'log-analytics' ? 'mdy' : 'dmy');
      for (const r of records)
        if (isSlashedDate(r.createdDateTime)) r.time = parseTimestamp(r.createdDateTime, dateOrder);
      if (!this.#dates.proven) this.#warnings.push({ code: 'date-order', order: dateOrder });
    }
    const codeField = codeFieldOf(shape);
    if (this.#noCode === records.length) {
      if (this.#psDepth) throw new LogReadError('ps-depth');
      throw new LogReadError('no-codes', { kind: 'text', names: [codeField] });
    }
    if (this.#noCode)
      this.#warnings.push({ code: 'no-code', count: this.#noCode, field: codeField });
    if (this.#psDepth) this.#warnings.push({ code: 'ps-depth' });
    const kinds: Partial<Record<SignInKind, number>> = {};
    let hasPolicies = false;
    let hasRuleDetails = false;
    for (const r of records) {
      kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      if (r.policies) {
        hasPolicies = true;
        if (!hasRuleDetails)
          hasRuleDetails = r.policies.some(
            (p) => p.includeRules !== null || p.excludeRules !== null,
          );
      }
    }
    return {
      report: {
        name: this.#options.name,
        container: this.#options.container ?? null,
        shape,
        encoding: this.#options.encoding ?? null,
        delimiter: null,
        dateOrder,
        kinds,
        count: records.length,
        duplicates: 0,
        warnings: this.#warnings,
        hasPolicies,
        hasRuleDetails,
        graphVersion,
      },
      records,
    };
  }
}

/** True for a PowerShell type name where an object was due (`Microsoft.Graph.…Models.…`). */
function typeName(value: unknown): boolean {
  return typeof value === 'string' && /^Microsoft\.Graph\..*Models\./.test(value);
}

/** A Graph page's version, from `@odata.context`, else from beta-only fields. */
function graphShape(envelope: Record<string, unknown>, records: readonly SignInRecord[]): ShapeId {
  const context = str(envelope['@odata.context']);
  if (/\/beta\//i.test(context)) return 'graph-beta';
  if (/\/v1\.0\//i.test(context)) return 'graph-v1';
  const beta = records.some((r) =>
    r.policies?.some((p) => p.includeRules !== null || p.conditionsSatisfied !== null),
  );
  return beta ? 'graph-beta' : 'graph';
}

/** Where a shape keeps the error code, as it names it. */
export function codeFieldOf(shape: ShapeId): string {
  switch (shape) {
    case 'portal-csv':
      return 'Sign-in error code';
    case 'log-analytics-csv':
    case 'log-analytics-json':
      return 'ResultType';
    case 'powershell-json':
      return 'Status.ErrorCode';
    case 'diagnostic-json':
    case 'diagnostic-jsonl':
    case 'event-hub-json':
      return 'properties.status.errorCode';
    default:
      return 'status.errorCode';
  }
}

/** Where a shape keeps the applied policies, as it names it. */
export function policyFieldOf(shape: ShapeId): string {
  switch (shape) {
    case 'log-analytics-csv':
    case 'log-analytics-json':
      return 'ConditionalAccessPolicies';
    case 'powershell-json':
      return 'AppliedConditionalAccessPolicies';
    case 'diagnostic-json':
    case 'diagnostic-jsonl':
    case 'event-hub-json':
      return 'properties.appliedConditionalAccessPolicies';
    default:
      return 'appliedConditionalAccessPolicies';
  }
}

/** The headers of a CSV, canonical, for tests. */
export function canonicalHeaders(header: readonly string[]): string[] {
  return header.map(headerKey);
}
