/**
 * Recognises a sign-in log export by its content (never by its file name) and reads it into
 * normalised records: the portal's JSON download (an array), a Graph `auditLogs/signIns` response
 * (`{"value": [...]}`, v1.0 or beta) or the portal's CSV download. Anything else fails with a
 * {@link LogReadError} whose `code` the interface turns into a message in the reader's language.
 */
import { forEachCsvRow, stripBom } from './csv';
import {
  isObject,
  looksLikeSignIn,
  mapCsvHeader,
  normaliseCsvRow,
  normaliseGraphRecord,
  type CsvHeaderMap,
} from './normalise';
import type { LogFormat, SignInRecord } from './types';

/** Why a file could not be read; the interface has one message per code. */
export type LogReadErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'invalid-json'
  | 'json-shape'
  | 'no-records'
  | 'csv-columns'
  | 'unknown-format';

/** A file that is not a sign-in log export, with what was found instead. */
export class LogReadError extends Error {
  constructor(
    readonly code: LogReadErrorCode,
    /** A short technical detail (a JSON parser message, the missing columns), not translated. */
    readonly detail = '',
  ) {
    super(`${code}${detail ? `: ${detail}` : ''}`);
    this.name = 'LogReadError';
  }
}

/** Something worth telling about a file that was read nonetheless. */
export type LogReadWarning =
  /** The CSV ended inside a quoted field: the download was probably cut short. */
  | { code: 'truncated' }
  /** A Graph response with `@odata.nextLink`: this is one page of a longer result. */
  | { code: 'next-page' }
  /** Some entries of a JSON array were not sign-in records and were left out. */
  | { code: 'skipped'; count: number }
  /** Neither format carries per-policy results here: grouping falls back to what the file has. */
  | { code: 'no-policies' };

/** What a read produced. */
export interface LogReadResult {
  format: LogFormat;
  /** For Graph responses, the API version named by `@odata.context`, when it names one. */
  graphVersion: 'v1.0' | 'beta' | null;
  records: SignInRecord[];
  warnings: LogReadWarning[];
  /** True when at least one record carries `appliedConditionalAccessPolicies`. */
  hasPolicies: boolean;
  /** True when at least one policy carries beta's include/exclude rule fields. */
  hasRuleDetails: boolean;
}

/** Reading phases reported to a progress callback. */
export type ReadPhase = 'parse' | 'normalise';

/** Options of {@link readSignInLog}. */
export interface ReadOptions {
  /** Called now and then with the phase and a fraction from 0 to 1. */
  onProgress?: (phase: ReadPhase, fraction: number) => void;
}

/** The CSV columns without which a file cannot be a sign-in log. */
const requiredCsv: readonly (readonly (keyof CsvHeaderMap)[])[] = [
  ['errorCode', 'status'],
  ['requestId', 'correlationId'],
];

/** The portal's CSV column names shown when a CSV lacks them. */
const requiredCsvNames = 'Sign-in error code (or Status), Request ID (or Correlation ID)';

/** True when a text holds control characters no text export contains (NUL, bell…). */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 27)) return true;
  }
  return false;
}

/** Decides which format a text is in, from its first meaningful characters. */
export function detectFormat(text: string): 'json' | 'csv' | 'binary' | 'empty' {
  const head = stripBom(text).slice(0, 4096);
  const trimmed = head.trimStart();
  if (!trimmed) return 'empty';
  // Zip (xlsx), PDF and other binaries: NUL bytes or control characters early on.
  if (trimmed.startsWith('PK\u0003\u0004') || hasControlCharacters(head)) return 'binary';
  if (trimmed[0] === '[' || trimmed[0] === '{') return 'json';
  return 'csv';
}

/** Reads any supported export; throws {@link LogReadError} on anything else. */
export function readSignInLog(text: string, options: ReadOptions = {}): LogReadResult {
  const kind = detectFormat(text);
  if (kind === 'empty') throw new LogReadError('empty');
  if (kind === 'binary') throw new LogReadError('binary');
  const result = kind === 'json' ? readJson(text, options) : readCsv(text, options);
  if (!result.records.length) throw new LogReadError('no-records');
  if (!result.hasPolicies) result.warnings.push({ code: 'no-policies' });
  return result;
}

/** Reads the portal's JSON array or a Graph `{"value": [...]}` response. */
function readJson(text: string, options: ReadOptions): LogReadResult {
  options.onProgress?.('parse', 0);
  let data: unknown;
  try {
    data = JSON.parse(stripBom(text));
  } catch (error) {
    throw new LogReadError('invalid-json', error instanceof Error ? error.message : '');
  }
  options.onProgress?.('parse', 1);
  let items: unknown[];
  let format: LogFormat;
  let graphVersion: LogReadResult['graphVersion'] = null;
  const warnings: LogReadWarning[] = [];
  if (Array.isArray(data)) {
    items = data;
    format = 'portal-json';
  } else if (isObject(data) && Array.isArray(data['value'])) {
    items = data['value'];
    format = 'graph';
    const context = typeof data['@odata.context'] === 'string' ? data['@odata.context'] : '';
    if (/\/beta\//i.test(context)) graphVersion = 'beta';
    else if (/\/v1\.0\//i.test(context)) graphVersion = 'v1.0';
    if (typeof data['@odata.nextLink'] === 'string') warnings.push({ code: 'next-page' });
  } else if (looksLikeSignIn(data)) {
    // One record on its own, as copied from Graph Explorer.
    items = [data];
    format = 'graph';
  } else {
    throw new LogReadError('json-shape');
  }
  const records: SignInRecord[] = [];
  let skipped = 0;
  let hasPolicies = false;
  let hasRuleDetails = false;
  const every = 5000;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!looksLikeSignIn(item) || !isObject(item)) {
      skipped++;
      continue;
    }
    const record = normaliseGraphRecord(item, records.length);
    if (record.policies) {
      hasPolicies = true;
      if (!hasRuleDetails)
        hasRuleDetails = record.policies.some((p) => p.includeRules || p.excludeRules);
    }
    records.push(record);
    if (i % every === 0) options.onProgress?.('normalise', i / items.length);
  }
  options.onProgress?.('normalise', 1);
  if (items.length && !records.length) throw new LogReadError('json-shape');
  if (skipped) warnings.push({ code: 'skipped', count: skipped });
  if (format === 'graph' && !graphVersion && hasRuleDetails) graphVersion = 'beta';
  return { format, graphVersion, records, warnings, hasPolicies, hasRuleDetails };
}

/** Reads the portal's CSV download, matching columns by name. */
function readCsv(text: string, options: ReadOptions): LogReadResult {
  const records: SignInRecord[] = [];
  let map: CsvHeaderMap | null = null;
  const info = forEachCsvRow(
    text,
    (fields, row) => {
      if (row === 0) {
        map = mapCsvHeader(fields);
        const missing = requiredCsv.filter((any) => !any.some((f) => map?.[f]));
        if (missing.length)
          throw new LogReadError(
            fields.length > 1 ? 'csv-columns' : 'unknown-format',
            requiredCsvNames,
          );
        return;
      }
      if (map) records.push(normaliseCsvRow(fields, map, records.length));
    },
    { onProgress: (done, total) => options.onProgress?.('parse', total ? done / total : 1) },
  );
  return {
    format: 'csv',
    graphVersion: null,
    records,
    warnings: info.unterminatedQuote ? [{ code: 'truncated' }] : [],
    hasPolicies: false,
    hasRuleDetails: false,
  };
}
