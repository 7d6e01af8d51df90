/**
 * Writes large sign-in log files made of real records, for the benchmark
 * (`scripts/bench-sign-in-logs.mjs`) and the large-file tests: the fifteen real interactive
 * sign-ins of the fixtures (`fixtures/real-world/`, ten Conditional Access policies each, Graph
 * beta's fields, four of them blocked with 53003), drawn at random and made distinct (id,
 * correlation id, time, user, IP address). The portal's JSON download shape (an array, indented
 * two spaces: about 10 KB a record, 1 GB per 100,000) or its CSV download (57 columns).
 *
 * The file is written a batch at a time, so that a 250,000-record file never sits in memory.
 * Along with it comes what a correct reading must find, counted from the records written.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { prng } from '../../../scripts/lib/prng.ts';
import { guid } from './generate';

/** Where the real records are (a bundled copy of this module passes the path). */
const defaultFixtures = join(import.meta.dirname, 'fixtures', 'real-world');

/** What the summary of a generated file must say. */
export interface RealExpectation {
  total: number;
  blocked: number;
  /** 53003 sign-ins per blocking policy name. */
  perPolicy: Record<string, number>;
  bytes: number;
}

/** The fields that make a record distinct, filled in for record `i`. */
function values(i: number, random: () => number): Record<string, string> {
  const user = Math.floor(random() * 700);
  const start = Date.UTC(2024, 6, 1);
  const time = new Date(start + Math.floor(random() * 30 * 24 * 3600) * 1000);
  return {
    ID: guid('a', i),
    CORRELATION: guid('c', Math.floor(i / 2)),
    TIME: time.toISOString().replace(/\.000Z$/, 'Z'),
    USER: `User ${user}`,
    UPN: `user${user}@hospital.example`,
    USERID: guid('b', user),
    IP: `198.51.100.${i % 250}`,
  };
}

/** A template split around its `@@NAME@@` placeholders: even parts text, odd parts names. */
function template(text: string): string[] {
  return text.split(/@@(\w+)@@/);
}

/** Fills a split template. */
function fillTemplate(parts: readonly string[], v: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out += i % 2 ? (v[parts[i] ?? ''] ?? '') : parts[i];
  return out;
}

/** The fixtures' real records, each with what it counts for. */
function realRecords(fixtures: string): {
  record: Record<string, unknown>;
  blocked: boolean;
  blocking: string[];
}[] {
  const records = JSON.parse(
    readFileSync(join(fixtures, 'copies/portal-json-download.interactive.53003.json'), 'utf8'),
  ) as Record<string, unknown>[];
  return records.map((record) => {
    const status = record['status'] as { errorCode: number };
    const blocked = status.errorCode === 53003;
    const policies = record['appliedConditionalAccessPolicies'] as {
      displayName: string;
      result: string;
      enforcedGrantControls: string[];
    }[];
    const blocking = blocked
      ? policies
          .filter((p) => p.result === 'failure' && p.enforcedGrantControls.includes('Block'))
          .map((p) => p.displayName)
      : [];
    return { record, blocked, blocking };
  });
}

/** Writes `count` records, a batch at a time; returns the bytes written. */
function writeBatches(
  path: string,
  count: number,
  head: string,
  tail: string,
  next: (i: number) => string,
): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  const write = (text: string) => {
    bytes += writeSync(fd, text);
  };
  try {
    write(head);
    let batch: string[] = [];
    for (let i = 0; i < count; i++) {
      batch.push(next(i));
      if (batch.length === 2000) {
        write(batch.join(''));
        batch = [];
      }
    }
    write(batch.join(''));
    write(tail);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Writes a portal JSON download of `count` real records to `path`. */
export function writePortalJson(
  path: string,
  count: number,
  fixtures = defaultFixtures,
  seed = 53003,
): RealExpectation {
  const random = prng(seed);
  const real = realRecords(fixtures);
  const templates = real.map(({ record }) => {
    const copy = {
      ...record,
      id: '@@ID@@',
      correlationId: '@@CORRELATION@@',
      createdDateTime: '@@TIME@@',
      userDisplayName: '@@USER@@',
      userPrincipalName: '@@UPN@@',
      userId: '@@USERID@@',
      ipAddress: '@@IP@@',
    };
    // Indented as an element of the array, two spaces a level.
    return template(JSON.stringify(copy, null, 2).replace(/\n/g, '\n  '));
  });
  const expected: RealExpectation = { total: count, blocked: 0, perPolicy: {}, bytes: 0 };
  expected.bytes = writeBatches(path, count, '[\n', '\n]\n', (i) => {
    const k = Math.floor(random() * real.length);
    const pick = real[k];
    if (pick?.blocked) {
      expected.blocked++;
      for (const name of pick.blocking)
        expected.perPolicy[name] = (expected.perPolicy[name] ?? 0) + 1;
    }
    return `${i ? ',\n' : ''}  ${fillTemplate(templates[k] ?? [], values(i, random))}`;
  });
  return expected;
}

/** Writes a portal CSV download of `count` real rows (57 columns) to `path`. */
export function writePortalCsv(
  path: string,
  count: number,
  fixtures = defaultFixtures,
  seed = 53003,
): RealExpectation {
  const random = prng(seed);
  const text = readFileSync(
    join(fixtures, 'probes/InteractiveSignIns_2024-07-23_2024-07-24.csv'),
    'utf8',
  );
  const [header = '', ...rows] = text.split(/\r?\n/).filter(Boolean);
  const names = header.split(',');
  const column = (name: string) => names.indexOf(name);
  const placeholders: Record<number, string> = {
    [column('Date (UTC)')]: '@@TIME@@',
    [column('Request ID')]: '@@ID@@',
    [column('Correlation ID')]: '@@CORRELATION@@',
    [column('User ID')]: '@@USERID@@',
    [column('User')]: '@@USER@@',
    [column('Username')]: '@@UPN@@',
    [column('IP address')]: '@@IP@@',
  };
  const codeColumn = column('Sign-in error code');
  const templates = rows.map((row) => {
    const fields = splitCsvLine(row);
    const blocked = fields[codeColumn] === '53003';
    const filled = fields.map((f, i) => placeholders[i] ?? quote(f));
    return { parts: template(`${filled.join(',')}\r\n`), blocked };
  });
  const expected: RealExpectation = { total: count, blocked: 0, perPolicy: {}, bytes: 0 };
  expected.bytes = writeBatches(path, count, `${header}\r\n`, '', (i) => {
    const pick = templates[Math.floor(random() * templates.length)];
    if (pick?.blocked) expected.blocked++;
    return fillTemplate(pick?.parts ?? [], values(i, random));
  });
  return expected;
}

/** Splits one CSV line of the fixture (quoted fields have no line breaks there). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (line[q + 1] === '"') {
          value += line.slice(i, q + 1);
          i = q + 2;
        } else {
          value += line.slice(i, q);
          i = q + 2;
          break;
        }
      }
      fields.push(value);
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      fields.push(line.slice(i, stop));
      i = stop + 1;
    }
  }
  return fields;
}

/** Quotes a CSV field when it needs it. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
