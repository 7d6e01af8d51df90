/**
 * Every real-world file of `fixtures/real-world/` (see its SOURCE.txt), read as the worker reads
 * a file: bytes streamed through the decoder, archives unzipped. The expected numbers were
 * counted by hand from the records themselves (error code 53003; a policy with result
 * "failure" and Block among its controls on such a sign-in), not by running this code.
 */
import { describe, expect, test } from 'vitest';
import { LoadFailed, LogSession } from '../../../src/lib/sign-in-logs/session';
import type { ShapeId, SignInKind } from '../../../src/lib/sign-in-logs/shapes';
import { codeFacts, fileSource } from './helpers';

interface Expected {
  shape: ShapeId;
  total: number;
  blocked: number;
  /** 53003 sign-ins per blocking policy. */
  blocking: Record<string, number>;
  /** Block policies that failed on sign-ins with another code (never blocking). */
  otherFailure?: string[];
  unmet?: string[];
  reportOnly?: string[];
  kinds?: Partial<Record<SignInKind, number>>;
}

const portal15 = { 'Block countries': 3, 'Block legacy authentication': 1 };
const sixBlocks = [
  'Block Access to O365 from Mobile Devices for All Users',
  'Block All Access from Untrusted IP',
  'CA307 - Application  Access from IOS Device - Block',
  'Block Access to O365 from NON-COD IP',
  'Block MFA Registration from Untrusted IP',
  'Block Exchange Online Access from BYO IOS',
];
const sixBlocking = Object.fromEntries(sixBlocks.map((name) => [name, 1]));
const compliantIos = ['Enable Exchange Online Access from Managed IOS Device'];
const diagnosticKinds = {
  interactive: 1,
  'non-interactive': 1,
  'service-principal': 2,
  'managed-identity': 1,
};

const expected: Record<string, Expected> = {
  'published/graph-beta-signin-list.example.json': {
    shape: 'graph-beta',
    total: 1,
    blocked: 0,
    blocking: {},
    kinds: { interactive: 1 },
  },
  'published/loganalytics-SigninLogs-export.csv': {
    shape: 'log-analytics-csv',
    total: 2,
    blocked: 0,
    blocking: {},
    kinds: { interactive: 2 },
  },
  'published/diagnostic-settings-signinlogs.log': {
    shape: 'diagnostic-jsonl',
    total: 5,
    blocked: 0,
    blocking: {},
    kinds: diagnosticKinds,
  },
  'published/eventhub-noninteractive-record.json': {
    shape: 'diagnostic-json',
    total: 1,
    blocked: 0,
    blocking: {},
    otherFailure: sixBlocks,
    unmet: compliantIos,
    kinds: { 'non-interactive': 1 },
  },
  'published/portal-json-download.interactive.json': {
    shape: 'portal-json',
    total: 15,
    blocked: 0,
    blocking: {},
    kinds: { interactive: 15 },
  },
  'copies/diagnostic-settings-signinlogs.53003.log': {
    shape: 'diagnostic-jsonl',
    total: 5,
    blocked: 2,
    blocking: { 'Block sign-ins from outside the EU': 2 },
    kinds: diagnosticKinds,
  },
  'copies/eventhub-noninteractive-record.53003.json': {
    shape: 'diagnostic-json',
    total: 1,
    blocked: 1,
    blocking: sixBlocking,
    unmet: compliantIos,
  },
  'copies/graph-beta-signin-list.53003.json': {
    shape: 'graph-beta',
    total: 1,
    blocked: 1,
    blocking: { 'Block Azure management outside named locations': 1 },
    reportOnly: ['Block unknown platforms (report-only)'],
  },
  'copies/graph-v1.0-signin-list.53003.json': {
    shape: 'graph-v1',
    total: 1,
    blocked: 1,
    blocking: { 'Medium signin risk block': 1 },
  },
  'copies/loganalytics-SigninLogs-export.53003.csv': {
    shape: 'log-analytics-csv',
    total: 2,
    blocked: 1,
    blocking: { 'Block high sign-in risk': 1 },
    reportOnly: ['Block legacy authentication (report-only)'],
  },
  'copies/portal-json-download.interactive.53003.json': {
    shape: 'portal-json',
    total: 15,
    blocked: 4,
    blocking: portal15,
  },
  'probes/InteractiveSignIns_2024-07-23_2024-07-24.csv': {
    shape: 'portal-csv',
    total: 15,
    blocked: 4,
    blocking: {},
    kinds: { interactive: 15 },
  },
  'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-it-semicolon-cp1252.csv': {
    shape: 'portal-csv',
    total: 15,
    blocked: 4,
    blocking: {},
  },
  'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-unicode-text.txt': {
    shape: 'portal-csv',
    total: 15,
    blocked: 4,
    blocking: {},
  },
  'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-utf8-bom.csv': {
    shape: 'portal-csv',
    total: 15,
    blocked: 4,
    blocking: {},
  },
  'probes/InteractiveSignIns_2024-07-23_2024-07-24.zip': {
    shape: 'portal-csv',
    total: 15,
    blocked: 4,
    blocking: {},
  },
  'probes/NonInteractiveSignIns.portal.50097.json': {
    shape: 'portal-json',
    total: 1,
    blocked: 0,
    blocking: {},
    otherFailure: sixBlocks,
    unmet: compliantIos,
    kinds: { 'non-interactive': 1 },
  },
  'probes/NonInteractiveSignIns.portal.json': {
    shape: 'portal-json',
    total: 1,
    blocked: 1,
    blocking: sixBlocking,
    unmet: compliantIos,
    kinds: { 'non-interactive': 1 },
  },
  'probes/az-monitor-log-analytics-query.SigninLogs.json': {
    shape: 'log-analytics-json',
    total: 2,
    blocked: 1,
    blocking: { 'Block high sign-in risk': 1 },
    reportOnly: ['Block legacy authentication (report-only)'],
  },
  'probes/eventhub-message.records.json': {
    shape: 'event-hub-json',
    total: 5,
    blocked: 2,
    blocking: { 'Block sign-ins from outside the EU': 2 },
    kinds: diagnosticKinds,
  },
  'probes/graph-records.jsonl': {
    shape: 'graph-jsonl',
    total: 15,
    blocked: 4,
    blocking: portal15,
  },
  'probes/graph-response.powershell51-outfile-utf16.json': {
    shape: 'graph-beta',
    total: 15,
    blocked: 4,
    blocking: portal15,
  },
  'probes/powershell-Get-MgBetaAuditLogSignIn.ConvertTo-Json.json': {
    shape: 'powershell-json',
    total: 15,
    blocked: 4,
    blocking: portal15,
    kinds: { interactive: 15 },
  },
};

/** Reads files through a fresh session, as the worker does. */
async function load(paths: string[], chunk?: number) {
  const session = new LogSession();
  const info = await session.load(
    paths.map((p) => fileSource(p, chunk)),
    codeFacts,
  );
  return { session, info };
}

describe.each(Object.entries(expected))('%s', (path, want) => {
  test('is named, and counts the 53003 sign-ins and their blocking policies', async () => {
    const { info } = await load([path]);
    const file = info.files[0];
    expect(file?.error).toBeUndefined();
    expect(file?.report?.shape).toBe(want.shape);
    const { summary } = info;
    expect(summary.total).toBe(want.total);
    expect(summary.blocked).toBe(want.blocked);
    expect(Object.fromEntries(summary.blocking.map((p) => [p.displayName, p.count]))).toEqual(
      want.blocking,
    );
    if (want.otherFailure)
      expect(summary.otherFailure.map((p) => p.displayName).sort()).toEqual(
        [...want.otherFailure].sort(),
      );
    else expect(summary.otherFailure).toEqual([]);
    if (want.unmet) expect(summary.unmet.map((p) => p.displayName)).toEqual(want.unmet);
    if (want.reportOnly)
      expect(summary.reportOnly.map((p) => p.displayName)).toEqual(want.reportOnly);
    if (want.kinds) expect(summary.kinds).toEqual(want.kinds);
  });

  test('reads the same in one chunk as in many', async () => {
    const { info } = await load([path], 1 << 24);
    expect(info.summary.blocked).toBe(want.blocked);
    expect(info.summary.total).toBe(want.total);
  });
});

describe('the Graph v1.0 documentation example, as published', () => {
  test('is refused with where it goes wrong (a trailing comma), not as a cut download', async () => {
    const error = await load(['published/graph-v1.0-signin-list.example.json']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LoadFailed);
    const failed = error as LoadFailed;
    expect(failed.code).toBe('invalid-json');
    expect(failed.files[0]?.error?.found).toMatchObject({
      kind: 'json-error',
      line: 64,
      column: 15,
      truncated: false,
    });
  });
});

describe('what the real files carry besides the counts', () => {
  test('Log Analytics CSV: the sign-in resource, not Log Analytics’ own Resource column', async () => {
    const { session } = await load(['copies/loganalytics-SigninLogs-export.53003.csv']);
    const blocked = session.records.find((r) => r.errorCode === 53003);
    expect(blocked).toMatchObject({
      resourceDisplayName: 'Windows Azure Service Management API',
      resourceId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
      requestId: 'b069bb58-4f48-4f41-9380-e26c3d6cb600',
      country: 'VN',
      conditionalAccessStatus: 'failure',
      time: Date.UTC(2023, 8, 19, 11, 21, 2, 145),
      device: { operatingSystem: 'Windows10', browser: 'Edge 117.0.2045' },
    });
    // The policy's bit mask 33 = application (1) + signInRisk (32).
    expect(blocked?.policies?.[0]?.conditionsSatisfied).toEqual(['application', 'signInRisk']);
  });

  test('diagnostic record: the sign-in under properties, bit masks read as conditions', async () => {
    const { session, info } = await load(['copies/eventhub-noninteractive-record.53003.json']);
    const [record] = session.records;
    expect(record).toMatchObject({
      requestId: '4d63c1c4-c95b-4d3c-8e0a-1271fd813e00',
      userPrincipalName: 'user_468aad99@domain_e9c4f53a.com',
      resourceDisplayName: 'Microsoft Graph',
      country: 'CN',
      kind: 'non-interactive',
    });
    // 1035 = application, users, location, ipAddressSeenByAzureAD.
    expect(record?.policies?.[1]?.conditionsSatisfied).toEqual([
      'application',
      'users',
      'location',
      'ipAddressSeenByAzureAD',
    ]);
    expect(record?.policies).toHaveLength(30);
    expect(info.hasPolicies).toBe(true);
  });

  test('Italian Excel re-save: semicolons, day-first dates read as such', async () => {
    const { session, info } = await load([
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-it-semicolon-cp1252.csv',
    ]);
    expect(info.files[0]?.report).toMatchObject({ delimiter: ';', dateOrder: 'dmy' });
    expect(session.records[0]?.time).toBe(Date.UTC(2024, 6, 23, 15, 37));
    expect(info.summary.first).toBe(Date.UTC(2024, 6, 23, 15, 8));
  });

  test('encodings are named: UTF-16 with tabs, UTF-8 with a mark', async () => {
    const { info } = await load([
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-unicode-text.txt',
      'probes/graph-response.powershell51-outfile-utf16.json',
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-utf8-bom.csv',
    ]);
    expect(info.files.map((f) => [f.report?.encoding, f.report?.delimiter])).toEqual([
      ['utf-16le', '\t'],
      ['utf-16le', null],
      ['utf-8-bom', ','],
    ]);
  });

  test('a zip: the file inside is read and named with its archive', async () => {
    const { info } = await load(['probes/InteractiveSignIns_2024-07-23_2024-07-24.zip']);
    expect(info.files).toHaveLength(1);
    expect(info.files[0]).toMatchObject({
      name: 'InteractiveSignIns_2024-07-23_2024-07-24.csv',
      container: 'InteractiveSignIns_2024-07-23_2024-07-24.zip',
    });
  });

  test('a Graph page with @odata.nextLink says it is one page', async () => {
    const { info } = await load(['copies/graph-v1.0-signin-list.53003.json']);
    expect(info.files[0]?.report?.warnings).toContainEqual({ code: 'next-page' });
  });
});

describe('several files at once', () => {
  test('the same sign-ins in four shapes count once; each file keeps its shape', async () => {
    const { info } = await load([
      'copies/portal-json-download.interactive.53003.json',
      'probes/graph-records.jsonl',
      'probes/powershell-Get-MgBetaAuditLogSignIn.ConvertTo-Json.json',
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.csv',
    ]);
    expect(info.files.map((f) => [f.report?.shape, f.report?.count, f.report?.duplicates])).toEqual(
      [
        ['portal-json', 15, 0],
        ['graph-jsonl', 15, 15],
        ['powershell-json', 15, 15],
        ['portal-csv', 15, 15],
      ],
    );
    expect(info.summary.total).toBe(15);
    expect(info.summary.blocked).toBe(4);
    expect(Object.fromEntries(info.summary.blocking.map((p) => [p.displayName, p.count]))).toEqual(
      portal15,
    );
  });

  test('a portal CSV and its Excel re-saves (dates cut to the minute) count once', async () => {
    const { info } = await load([
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.csv',
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-it-semicolon-cp1252.csv',
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-utf8-bom.csv',
      'probes/InteractiveSignIns_2024-07-23_2024-07-24.excel-unicode-text.txt',
    ]);
    expect(info.files.map((f) => [f.report?.count, f.report?.duplicates])).toEqual([
      [15, 0],
      [15, 15],
      [15, 15],
      [15, 15],
    ]);
    expect(info.summary.total).toBe(15);
    expect(info.summary.blocked).toBe(4);
  });

  test('interactive and non-interactive downloads are merged', async () => {
    const { info } = await load([
      'copies/portal-json-download.interactive.53003.json',
      'probes/NonInteractiveSignIns.portal.json',
    ]);
    expect(info.summary.total).toBe(16);
    expect(info.summary.blocked).toBe(5);
    expect(info.summary.kinds).toEqual({ interactive: 15, 'non-interactive': 1 });
    expect(info.summary.blocking.find((p) => p.displayName === 'Block countries')?.count).toBe(3);
  });

  test('a file that is not a log is listed with its reason; the others are read', async () => {
    const { info } = await load([
      'published/graph-v1.0-signin-list.example.json',
      'copies/graph-beta-signin-list.53003.json',
    ]);
    expect(info.files[0]?.error?.code).toBe('invalid-json');
    expect(info.files[1]?.report?.shape).toBe('graph-beta');
    expect(info.summary.blocked).toBe(1);
  });

  test('appending keeps the files read before; a failed append changes nothing', async () => {
    const session = new LogSession();
    await session.load([fileSource('copies/graph-v1.0-signin-list.53003.json')], codeFacts);
    const more = await session.load(
      [fileSource('copies/graph-beta-signin-list.53003.json')],
      codeFacts,
      { append: true },
    );
    expect(more.files).toHaveLength(2);
    expect(more.added).toBe(1);
    expect(more.summary.blocked).toBe(2);
    await expect(
      session.load([fileSource('published/graph-v1.0-signin-list.example.json')], codeFacts, {
        append: true,
      }),
    ).rejects.toBeInstanceOf(LoadFailed);
    expect(session.records).toHaveLength(2);
  });
});
