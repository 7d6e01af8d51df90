import { describe, expect, test } from 'vitest';
import { parseCsv } from '../../../src/lib/sign-in-logs/csv';
import { checkerHref, detailsBlock } from '../../../src/lib/sign-in-logs/details';
import { explainPolicy } from '../../../src/lib/sign-in-logs/explain';
import { exportCsv, exportFileName } from '../../../src/lib/sign-in-logs/export';
import { readSignInLog } from '../../../src/lib/sign-in-logs/read';
import { fixture, must } from './helpers';

const { records } = readSignInLog(fixture('graph-beta.json'));
const first = must(records[0]);

describe('CSV export', () => {
  const csv = exportCsv(records);
  const rows = parseCsv(csv);

  test('one header and one row per record, CRLF', () => {
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[0]?.slice(0, 3)).toEqual(['Date (UTC)', 'Request ID', 'Correlation ID']);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('blocking and report-only policies get their own columns', () => {
    const header = rows[0] ?? [];
    const row = rows[1] ?? [];
    expect(row[header.indexOf('Blocking policies')]).toBe(
      'CA010-Admins-AzureManagement-Block unmanaged devices',
    );
    expect(row[header.indexOf('Report-only policies')]).toBe(
      'CA020-AllUsers-AllApps-Block outside IT (report-only) (reportOnlyNotApplied)',
    );
  });

  test('cells that a spreadsheet would run as formulas are neutralised', () => {
    const header = rows[0] ?? [];
    const hostile = rows[7] ?? [];
    expect(hostile[header.indexOf('User')]).toBe(`'=HYPERLINK("http://example.invalid")`);
    expect(hostile[header.indexOf('Username')]).toBe(`'=cmd|' /C calc'!A0@contoso.com`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  test('the export reads back into the tool with the same sign-ins', () => {
    const back = readSignInLog(csv);
    expect(back.shape).toBe('portal-csv');
    expect(back.records.map((r) => [r.requestId, r.errorCode, r.country, r.time])).toEqual(
      records.map((r) => [r.requestId, r.errorCode, r.country, r.time]),
    );
  });

  test('file names are safe', () => {
    expect(exportFileName('CA030 Block / outside!', new Date(Date.UTC(2026, 10, 24)))).toBe(
      'sign-in-logs-ca030-block-outside-2026-11-24.csv',
    );
    expect(exportFileName('***', new Date(Date.UTC(2026, 10, 24)))).toBe(
      'sign-in-logs-view-2026-11-24.csv',
    );
  });
});

describe('the details block and the checker link', () => {
  test('the block uses the error page labels, in order', () => {
    expect(detailsBlock(first)).toBe(
      [
        'Error Code: 53003',
        'Request Id: aaaaaaaa-1111-2222-3333-444444444400',
        'Correlation Id: dddddddd-2222-3333-4444-eeeeeeeeee00',
        'Timestamp: 2026-11-20T08:14:52Z',
        'App name: Microsoft Azure CLI',
        'App id: 04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        'IP address: 203.0.113.42',
        'Device platform: Windows10',
      ].join('\n'),
    );
  });

  test('a CSV date without a zone becomes ISO UTC', () => {
    const csv = must(readSignInLog(fixture('portal-drift.csv')).records[0]);
    expect(detailsBlock(csv)).toContain('Timestamp: 2026-11-20T08:14:52.000Z');
  });

  test('the checker link is absolute and carries the block in its fragment, in the page language', () => {
    const href = checkerHref('https://kb.example.org/it/checker/', first);
    expect(href.startsWith('https://kb.example.org/it/checker/#details=')).toBe(true);
    expect(checkerHref('https://kb.example.org/en/checker/#old', first)).toMatch(
      /^https:\/\/kb\.example\.org\/en\/checker\/#details=/,
    );
    expect(decodeURIComponent(href.split('#details=')[1] ?? '')).toBe(detailsBlock(first));
    expect(href).not.toMatch(/[\s\n]/);
  });
});

describe('why a policy applied (beta)', () => {
  test('the inclusion that caught the user, and no exclusion', () => {
    expect(explainPolicy(must(first.policies?.[0]))).toEqual({
      available: true,
      caught: [
        { condition: 'application', rule: 'appId' },
        { condition: 'users', rule: 'roleId' },
        { condition: 'deviceState', rule: 'deviceFilter' },
      ],
      excludedBy: [],
      noExclusionApplied: true,
      conditionsSatisfied: ['application', 'users', 'deviceState'],
      conditionsNotSatisfied: [],
    });
  });

  test('the exclusion that spared a sign-in', () => {
    const spared = explainPolicy(must(records[3]?.policies?.[1]));
    expect(spared.excludedBy).toEqual([{ condition: 'location', rule: 'allTrustedLocations' }]);
    expect(spared.noExclusionApplied).toBe(false);
    expect(spared.conditionsNotSatisfied).toEqual(['location']);
  });

  test('v1.0 records cannot tell', () => {
    const v1 = must(readSignInLog(fixture('graph-v1.json')).records[0]);
    expect(explainPolicy(must(v1.policies?.[0]))).toMatchObject({ available: false, caught: [] });
  });
});
