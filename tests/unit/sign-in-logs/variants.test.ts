/**
 * Shape variants the real-world fixtures do not cover, built from their real records: what else
 * PowerShell, Log Analytics, Azure Monitor, Excel and archives hand over, and what is not a log.
 */
import { gzipSync, strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { LoadFailed, LogSession } from '../../../src/lib/sign-in-logs/session';
import { bytesSource, codeFacts, realBytes, realText } from './helpers';

/** Reads sources through a fresh session. */
async function load(sources: Parameters<LogSession['load']>[0]) {
  const session = new LogSession();
  const info = await session.load(sources, codeFacts);
  return { session, info };
}

/** The reason a load of one text was refused, with what was found. */
async function refusal(name: string, bytes: Uint8Array) {
  const error = await load([bytesSource(name, bytes)]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(LoadFailed);
  return (error as LoadFailed).files[0]?.error;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const portalCsv = realText('probes/InteractiveSignIns_2024-07-23_2024-07-24.csv');
const portalJson = realText('copies/portal-json-download.interactive.53003.json');
const psText = realText('probes/powershell-Get-MgBetaAuditLogSignIn.ConvertTo-Json.json');
const azRows = JSON.parse(
  realText('probes/az-monitor-log-analytics-query.SigninLogs.json'),
) as Record<string, string>[];
const hubRecords = (
  JSON.parse(realText('probes/eventhub-message.records.json')) as { records: unknown[] }
).records;
const blockedNames = { 'Block countries': 3, 'Block legacy authentication': 1 };
const perPolicy = (info: Awaited<ReturnType<typeof load>>['info']) =>
  Object.fromEntries(info.summary.blocking.map((p) => [p.displayName, p.count]));

describe('PowerShell objects', () => {
  const ps = JSON.parse(psText) as Record<string, unknown>[];

  test('ConvertTo-Json without -Depth: the type names instead of the fields are refused', async () => {
    const flat = ps.map((r) => ({
      ...r,
      Status: 'Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphSignInStatus',
      AppliedConditionalAccessPolicies: [
        'Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphAppliedConditionalAccessPolicy',
      ],
    }));
    const error = await refusal('signins.json', utf8(JSON.stringify(flat)));
    expect(error?.code).toBe('ps-depth');
  });

  test('policies lost to the depth limit: read, with the warning, none counted as blocking', async () => {
    const shallow = ps.map((r) => ({
      ...r,
      AppliedConditionalAccessPolicies: [
        'Microsoft.Graph.Beta.PowerShell.Models.MicrosoftGraphAppliedConditionalAccessPolicy',
      ],
    }));
    const { info } = await load([bytesSource('signins.json', utf8(JSON.stringify(shallow)))]);
    expect(info.summary.blocked).toBe(4);
    expect(info.summary.blocking).toEqual([]);
    expect(info.summary.blockedWithoutPolicy).toBe(4);
    expect(info.files[0]?.report?.warnings).toContainEqual({ code: 'ps-depth' });
  });

  test('Windows PowerShell 5.1 dates (/Date(ms)/) and a single object', async () => {
    const one = { ...ps[1], CreatedDateTime: '/Date(1721748963000)/' };
    const { session, info } = await load([bytesSource('one.json', utf8(JSON.stringify(one)))]);
    expect(info.files[0]?.report?.shape).toBe('powershell-json');
    expect(session.records[0]?.time).toBe(Date.UTC(2024, 6, 23, 15, 36, 3));
    expect(perPolicy(info)).toEqual({ 'Block countries': 1 });
  });
});

describe('Log Analytics', () => {
  test('the query API’s tables, columns and rows', async () => {
    const columns = Object.keys(azRows[0] ?? {}).filter((c) => c !== 'TableName');
    const api = {
      tables: [
        {
          name: 'PrimaryResult',
          columns: columns.map((name) => ({ name, type: 'string' })),
          rows: azRows.map((r) => columns.map((c) => r[c])),
        },
      ],
    };
    const { info } = await load([bytesSource('query.json', utf8(JSON.stringify(api)))]);
    expect(info.files[0]?.report?.shape).toBe('log-analytics-json');
    expect(info.summary.total).toBe(2);
    expect(perPolicy(info)).toEqual({ 'Block high sign-in risk': 1 });
  });

  test('a KQL mv-expand: one row per policy, merged back into one sign-in', async () => {
    const row = azRows[1] ?? {};
    const policies = JSON.parse(row['ConditionalAccessPolicies'] ?? '[]') as unknown[];
    const expanded = policies.map((p) => ({ ...row, ConditionalAccessPolicies: p }));
    const { session, info } = await load([
      bytesSource('expanded.json', utf8(JSON.stringify(expanded))),
    ]);
    expect(info.summary.total).toBe(1);
    expect(info.files[0]?.report?.duplicates).toBe(2);
    expect(session.records[0]?.policies).toHaveLength(3);
    expect(perPolicy(info)).toEqual({ 'Block high sign-in risk': 1 });
  });

  test('a projected CSV names the columns it lacks; Type gives the sign-in kind', async () => {
    const csv = [
      'TimeGenerated [UTC],UserPrincipalName,ResultType,ConditionalAccessPolicies,Type',
      `"9/19/2023, 1:46:55.434 PM",a@contoso.com,53003,"${(azRows[1]?.['ConditionalAccessPolicies'] ?? '').replaceAll('"', '""')}",AADNonInteractiveUserSignInLogs`,
      '"9/19/2023, 2:01:00.000 PM",b@contoso.com,0,,AADNonInteractiveUserSignInLogs',
    ].join('\r\n');
    const { session, info } = await load([bytesSource('query.csv', utf8(csv))]);
    const report = info.files[0]?.report;
    expect(report?.shape).toBe('log-analytics-csv');
    expect(info.summary.kinds).toEqual({ 'non-interactive': 2 });
    expect(perPolicy(info)).toEqual({ 'Block high sign-in risk': 1 });
    expect(session.records[0]?.time).toBe(Date.UTC(2023, 8, 19, 13, 46, 55, 434));
    const missing = report?.warnings.find((w) => w.code === 'missing-fields');
    expect(missing?.code === 'missing-fields' && missing.fields.map((f) => f.name)).toEqual([
      'Id',
      'CreatedDateTime',
      'ConditionalAccessStatus',
      'AppId',
      'ResourceIdentity',
      'IPAddress',
      'LocationDetails',
      'DeviceDetail',
      'ClientAppUsed',
    ]);
  });

  test('a summarised query (counts per policy) is not a sign-in log, and says what it holds', async () => {
    const error = await refusal('summary.csv', utf8('displayName,count_\nBlock countries,3\n'));
    expect(error).toEqual({
      code: 'csv-columns',
      found: {
        kind: 'csv',
        names: ['displayName', 'count_'],
        count: 2,
        missing: ['Sign-in error code', 'Request ID'],
      },
    });
  });
});

describe('Azure Monitor', () => {
  test('Event Hub messages one per line', async () => {
    const lines = [
      JSON.stringify({ records: hubRecords.slice(0, 3) }),
      JSON.stringify({ records: hubRecords.slice(3) }),
    ].join('\n');
    const { info } = await load([bytesSource('hub.jsonl', utf8(lines))]);
    expect(info.files[0]?.report?.shape).toBe('event-hub-json');
    expect(info.summary.total).toBe(5);
    expect(perPolicy(info)).toEqual({ 'Block sign-ins from outside the EU': 2 });
  });

  test('diagnostic records in an array', async () => {
    const { info } = await load([bytesSource('records.json', utf8(JSON.stringify(hubRecords)))]);
    expect(info.files[0]?.report?.shape).toBe('diagnostic-json');
    expect(info.summary.blocked).toBe(2);
  });
});

describe('Graph', () => {
  const records = realText('probes/graph-records.jsonl')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

  test('several pages saved in one array', async () => {
    const pages = [
      { '@odata.context': 'x', value: records.slice(0, 8), '@odata.nextLink': 'next' },
      { '@odata.context': 'x', value: records.slice(8) },
    ];
    const { info } = await load([bytesSource('pages.json', utf8(JSON.stringify(pages)))]);
    expect(info.files[0]?.report?.shape).toBe('graph');
    expect(perPolicy(info)).toEqual(blockedNames);
  });

  test('pages read as separate files merge, the overlap counted once', async () => {
    const page = (list: unknown[]) =>
      utf8(
        JSON.stringify({
          '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
          value: list,
        }),
      );
    const { info } = await load([
      bytesSource('page1.json', page(records.slice(0, 10))),
      bytesSource('page2.json', page(records.slice(8))),
    ]);
    expect(info.files.map((f) => f.report?.duplicates)).toEqual([0, 2]);
    expect(info.summary.total).toBe(15);
    expect(perPolicy(info)).toEqual(blockedNames);
  });

  test('a record without its policy list: the missing field is named', async () => {
    const bare = records.map(({ appliedConditionalAccessPolicies: _, ...rest }) => rest);
    const { info } = await load([bytesSource('bare.json', utf8(JSON.stringify(bare)))]);
    expect(info.hasPolicies).toBe(false);
    expect(info.files[0]?.report?.warnings).toContainEqual({
      code: 'missing-fields',
      fields: [{ name: 'appliedConditionalAccessPolicies', missing: 15 }],
      records: 15,
    });
    expect(info.summary.blockedUnlisted).toBe(4);
  });

  test('records without an error code anywhere are refused, the field named', async () => {
    const noCodes = records.map(({ status: _, ...rest }) => rest);
    const error = await refusal('codes.json', utf8(JSON.stringify(noCodes)));
    expect(error).toEqual({
      code: 'no-codes',
      found: { kind: 'text', names: ['status.errorCode'] },
    });
  });

  test('a download cut short is read up to the cut, and says so', async () => {
    const cut = portalJson.slice(0, Math.floor(portalJson.length * 0.6));
    const { info } = await load([bytesSource('cut.json', utf8(cut))]);
    expect(info.files[0]?.report?.warnings).toContainEqual({ code: 'truncated' });
    expect(info.summary.total).toBeGreaterThan(5);
    expect(info.summary.total).toBeLessThan(15);
  });
});

describe('encodings and spreadsheets', () => {
  /** The portal CSV with one late row's names in accented Italian and Portuguese. */
  const accented = portalCsv
    .replace('User D', 'Niccolò Bianchi')
    .replace(
      /San Diego, California, US(?![\s\S]*San Diego, California, US)/,
      'São Paulo, São Paulo, BR',
    );

  test('Windows-1252 with the first accent far into the file is read again, letters right', async () => {
    const bytes = Uint8Array.from(accented, (c) => c.charCodeAt(0) & 0xff);
    const { session, info } = await load([bytesSource('it.csv', bytes, 512)]);
    expect(info.files[0]?.report?.encoding).toBe('windows-1252');
    expect(session.records.some((r) => r.userDisplayName === 'Niccolò Bianchi')).toBe(true);
    expect(session.records.some((r) => r.city === 'São Paulo')).toBe(true);
    expect(info.summary.blocked).toBe(4);
  });

  test.each([
    ['UTF-16 BE with a mark', 'utf-16be', true],
    ['UTF-16 LE without a mark', 'utf-16le', false],
  ] as const)('%s', async (_, encoding, bom) => {
    const text = accented.replaceAll(',', '\t');
    const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
    const all = (bom ? '\ufeff' : '') + text;
    for (let i = 0; i < all.length; i++) {
      const c = all.charCodeAt(i);
      const [hi, lo] = [c >> 8, c & 0xff];
      bytes[2 * i] = encoding === 'utf-16be' ? hi : lo;
      bytes[2 * i + 1] = encoding === 'utf-16be' ? lo : hi;
    }
    const { session, info } = await load([bytesSource('unicode.txt', bytes, 333)]);
    expect(info.files[0]?.report).toMatchObject({ encoding, delimiter: '\t', shape: 'portal-csv' });
    expect(session.records.some((r) => r.userDisplayName === 'Niccolò Bianchi')).toBe(true);
  });

  test('a US spreadsheet’s re-save: month first, AM/PM', async () => {
    const us = portalCsv.replace(/2024-07-23T(\d\d):(\d\d):\d\dZ/g, (_, h: string, m: string) => {
      const hour = Number(h);
      return `7/23/2024 ${hour % 12 || 12}:${m} ${hour < 12 ? 'AM' : 'PM'}`;
    });
    const { session, info } = await load([bytesSource('us.csv', utf8(us))]);
    expect(info.files[0]?.report?.dateOrder).toBe('mdy');
    expect(session.records[0]?.time).toBe(Date.UTC(2024, 6, 23, 15, 37));
  });
});

describe('archives', () => {
  test('a zip of the interactive CSV and the non-interactive JSON: both read, merged', async () => {
    const zip = zipSync({
      'InteractiveSignIns_2024-07-23.csv': utf8(portalCsv),
      'logs/NonInteractiveSignIns_2024-07-23.json': realBytes(
        'probes/NonInteractiveSignIns.portal.json',
      ),
      'readme.md': utf8('# notes'),
    });
    const { info } = await load([bytesSource('export.zip', zip, 1000)]);
    expect(info.files.map((f) => [f.name, f.container, f.report?.shape])).toEqual([
      ['InteractiveSignIns_2024-07-23.csv', 'export.zip', 'portal-csv'],
      ['logs/NonInteractiveSignIns_2024-07-23.json', 'export.zip', 'portal-json'],
    ]);
    expect(info.summary.kinds).toEqual({ interactive: 15, 'non-interactive': 1 });
    expect(info.summary.blocked).toBe(5);
  });

  test('a gzip of JSON lines', async () => {
    const gz = gzipSync(realBytes('probes/graph-records.jsonl'));
    const { info } = await load([bytesSource('signins.jsonl.gz', gz, 700)]);
    expect(info.files[0]).toMatchObject({ name: 'signins.jsonl', container: 'signins.jsonl.gz' });
    expect(perPolicy(info)).toEqual(blockedNames);
  });

  test('an Excel workbook is named as such', async () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect((await refusal('logs.xlsx', xlsx))?.found?.kind).toBe('xlsx');
  });

  test('a zip with nothing readable lists what it holds', async () => {
    const error = await refusal('x.zip', zipSync({ 'a.png': new Uint8Array([1, 2, 3]) }));
    expect(error).toEqual({
      code: 'archive-empty',
      found: { kind: 'zip', names: ['a.png'], count: 1 },
    });
  });
});

describe('what is not a sign-in log gets a reason, never a verdict', () => {
  test.each([
    ['a PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]), 'binary'],
    ['a PDF', utf8('%PDF-1.7\n%\u00e2\u00e3'), 'binary'],
    [
      'an old Excel file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      'binary',
    ],
    ['nothing', new Uint8Array(0), 'empty'],
    ['blank lines', utf8('\n\n  \r\n'), 'empty'],
    ['Italian prose', utf8('Buongiorno, non riesco ad accedere alla posta.'), 'unknown-format'],
    ['a JSON array of numbers', utf8('[1, 2, 3]'), 'json-shape'],
    ['a Graph error', utf8('{"error": {"code": "Authorization_RequestDenied"}}'), 'json-shape'],
    ['an empty Graph page', utf8('{"@odata.context": "x", "value": []}'), 'no-records'],
  ])('%s', async (_, bytes, code) => {
    expect((await refusal('file', bytes))?.code).toBe(code);
  });

  test('what was found is said: the keys of a Graph error', async () => {
    const error = await refusal('e.json', utf8('{"error": {"code": "Forbidden"}}'));
    expect(error?.found).toEqual({ kind: 'object', names: ['error'], count: 1 });
  });

  test('markup in a field stays text', async () => {
    const hostile = portalCsv.replace('User D', '<img src=x onerror=alert(1)>');
    const { session } = await load([bytesSource('x.csv', utf8(hostile))]);
    expect(session.records.some((r) => r.userDisplayName === '<img src=x onerror=alert(1)>')).toBe(
      true,
    );
  });
});
