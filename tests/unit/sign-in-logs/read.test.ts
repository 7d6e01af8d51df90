import { describe, expect, test } from 'vitest';
import { parseTimestamp } from '../../../src/lib/sign-in-logs/dates';
import { readFailure as failure, readSignInLog } from '../../../src/lib/sign-in-logs/read';
import {
  headerKey,
  isBlockControl,
  mapCsvHeader,
  splitLocation,
} from '../../../src/lib/sign-in-logs/normalise';
import { fixture } from './helpers';

describe('the portal JSON download (an array)', () => {
  const result = readSignInLog(fixture('portal.json'));

  test('is recognised, BOM and all, and skips what is not a sign-in', () => {
    expect(result.shape).toBe('portal-json');
    expect(result.records).toHaveLength(6);
    expect(result.warnings).toContainEqual({
      code: 'skipped',
      count: 1,
      found: { kind: 'null' },
    });
    expect(result.hasPolicies).toBe(true);
    expect(result.hasRuleDetails).toBe(false);
  });

  test('accepts location.country as well as countryOrRegion, and a code written as text', () => {
    expect(result.records[1]?.country).toBe('BR');
    expect(result.records[2]?.errorCode).toBe(53003);
  });

  test('normalises the first record', () => {
    expect(result.records[0]).toMatchObject({
      index: 0,
      requestId: 'aaaaaaaa-1111-2222-3333-444444444400',
      correlationId: 'dddddddd-2222-3333-4444-eeeeeeeeee00',
      time: Date.UTC(2026, 10, 20, 8, 14, 52),
      userPrincipalName: 'alex.rossi@contoso.com',
      appDisplayName: 'Microsoft Azure CLI',
      resourceDisplayName: 'Windows Azure Service Management API',
      country: 'IT',
      city: 'Milano',
      errorCode: 53003,
      conditionalAccessStatus: 'failure',
      interactive: true,
      device: { operatingSystem: 'Windows10', compliant: false, managed: false, trustType: '' },
    });
    expect(
      result.records[0]?.policies?.map((p) => [p.displayName, p.failedBlock, p.reportOnly]),
    ).toEqual([
      ['CA010-Admins-AzureManagement-Block unmanaged devices', true, false],
      ['CA001-AllUsers-AllApps-Require MFA', false, false],
      ['CA020-AllUsers-AllApps-Block outside IT (report-only)', false, true],
      ['CA099-Legacy-Block-Old', false, false],
    ]);
  });
});

describe('Graph responses', () => {
  test('v1.0: recognised by @odata.context, no rule details', () => {
    const result = readSignInLog(fixture('graph-v1.json'));
    expect(result).toMatchObject({
      shape: 'graph-v1',
      graphVersion: 'v1.0',
      hasRuleDetails: false,
    });
    expect(result.records).toHaveLength(6);
    expect(result.records[0]?.policies?.[0]?.includeRules).toBeNull();
  });

  test('beta: include and exclude rules, conditions, and a next page', () => {
    const result = readSignInLog(fixture('graph-beta.json'));
    expect(result).toMatchObject({
      shape: 'graph-beta',
      graphVersion: 'beta',
      hasRuleDetails: true,
    });
    expect(result.warnings).toContainEqual({ code: 'next-page' });
    const ca010 = result.records[0]?.policies?.[0];
    expect(ca010?.includeRules).toEqual([
      { condition: 'application', rule: 'appId' },
      { condition: 'users', rule: 'roleId' },
      { condition: 'deviceState', rule: 'deviceFilter' },
    ]);
    expect(ca010?.excludeRules).toEqual([]);
    expect(ca010?.conditionsSatisfied).toEqual(['application', 'users', 'deviceState']);
    expect(ca010?.conditionsNotSatisfied).toEqual([]);
  });

  test('"block" in lower case blocks too', () => {
    const result = readSignInLog(fixture('graph-beta.json'));
    const ca030 = result.records[1]?.policies?.[0];
    expect(ca030).toMatchObject({ grantControls: ['block'], result: 'failure', failedBlock: true });
  });

  test('a single record on its own (as copied from Graph Explorer) is read', () => {
    const one = JSON.parse(fixture('graph-beta.json')).value[0];
    const result = readSignInLog(JSON.stringify(one));
    expect(result.records).toHaveLength(1);
    expect(result.shape).toBe('graph');
  });

  test('a beta-shaped response without @odata.context is called beta', () => {
    const { value } = JSON.parse(fixture('graph-beta.json'));
    expect(readSignInLog(JSON.stringify({ value })).shape).toBe('graph-beta');
  });
});

describe('the portal CSV download', () => {
  test('the documented header (56 columns, BOM, CRLF, a quoted line break) reads', () => {
    const result = readSignInLog(fixture('portal-2024.csv'));
    expect(result.shape).toBe('portal-csv');
    expect(result.hasPolicies).toBe(false);
    expect(result.records).toHaveLength(6);
    expect(result.records[0]).toMatchObject({
      requestId: 'aaaaaaaa-1111-2222-3333-444444444400',
      appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      resourceId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
      city: 'Milano',
      state: 'Lombardia',
      country: 'IT',
      errorCode: 53003,
      conditionalAccessStatus: 'failure',
      policies: null,
      device: { compliant: false, managed: false, operatingSystem: 'Windows10' },
    });
    expect(result.records[0]?.failureReason).toContain('\r\n');
    expect(result.records[3]).toMatchObject({ errorCode: 0, device: { compliant: true } });
  });

  test('drifting headers: stray spaces, other case, repeats, new order, LF, no BOM', () => {
    const result = readSignInLog(fixture('portal-drift.csv'));
    expect(result.records).toHaveLength(6);
    for (const record of result.records) {
      expect(record.requestId).toMatch(/^aaaaaaaa-/);
      expect(record.correlationId).toMatch(/^dddddddd-/);
      expect(record.errorCode).not.toBeNull();
    }
    expect(result.records.map((r) => r.errorCode)).toEqual([53003, 53003, 53003, 0, 53000, 50076]);
    expect(result.records[0]).toMatchObject({
      time: Date.UTC(2026, 10, 20, 8, 14, 52),
      userPrincipalName: 'alex.rossi@contoso.com',
      appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      country: 'IT',
    });
    expect(result.records[3]?.device).toMatchObject({ compliant: true, managed: true });
  });

  test('a semicolon CSV re-saved by a European Excel reads too', () => {
    const text =
      'Date (UTC);Request ID;Sign-in error code;Location\n2026-11-20T08:14:52Z;r1;53003;"Roma, Lazio, IT"\n';
    const result = readSignInLog(text);
    expect(result.records[0]).toMatchObject({ requestId: 'r1', errorCode: 53003, city: 'Roma' });
  });

  test('a CSV cut short in a quoted field is read and flagged', () => {
    const text = 'Request ID,Sign-in error code,Failure reason\nr1,53003,"Access has been bl';
    const result = readSignInLog(text);
    expect(result.records).toHaveLength(1);
    expect(result.warnings).toContainEqual({ code: 'truncated' });
  });

  test('the header map matches by trimmed, case-folded name and keeps every repeat', () => {
    const map = mapCsvHeader([
      ' Request ID',
      'x',
      'REQUEST id ',
      'Sign-in error code',
      'Autonomous system  number',
    ]);
    expect(map.requestId).toEqual([0, 2]);
    expect(map.errorCode).toEqual([3]);
    expect(headerKey('  Autonomous system  number ')).toBe('autonomous system number');
  });
});

describe('bad files get a reason', () => {
  test.each([
    ['', 'empty'],
    ['PK\u0003\u0004\u0014\u0000', 'binary'],
    ['{"value": [', 'invalid-json'],
    ['{"error": {"code": "Authorization_RequestDenied"}}', 'json-shape'],
    ['[1, 2, 3]', 'json-shape'],
    ['[]', 'no-records'],
    ['{"value": []}', 'no-records'],
    ['name,email\nAlex,alex@contoso.com', 'csv-columns'],
    ['Request ID,Sign-in error code\n', 'no-records'],
    ['just some words', 'unknown-format'],
  ])('%j → %s', (text, code) => {
    expect(failure(text)).toBe(code);
  });

  test('the missing CSV columns are named, with the columns found', () => {
    expect(() => readSignInLog('a,b\n1,2')).toThrow(
      'csv-columns: {"kind":"csv","names":["a","b"],"count":2,"missing":["Sign-in error code","Request ID"]}',
    );
  });
});

describe('field helpers', () => {
  test.each([
    ['Block', true],
    ['block', true],
    [' BLOCK ', true],
    ['Block access', true],
    ['Mfa', false],
    ['RequireCompliantDevice', false],
    ['Blocked', false],
  ])('isBlockControl(%j) is %s', (control, yes) => {
    expect(isBlockControl(control)).toBe(yes);
  });

  test.each([
    ['2026-11-20T08:14:52Z', Date.UTC(2026, 10, 20, 8, 14, 52)],
    ['2026-11-20T08:14:52.342Z', Date.UTC(2026, 10, 20, 8, 14, 52, 342)],
    ['2026-11-20 08:14:52', Date.UTC(2026, 10, 20, 8, 14, 52)],
    ['2026-11-20T08:14:52+01:00', Date.UTC(2026, 10, 20, 7, 14, 52)],
  ])('parseTimestamp(%j)', (text, time) => {
    expect(parseTimestamp(text)).toBe(time);
  });

  test('an unreadable timestamp is NaN', () => {
    expect(parseTimestamp('yesterday')).toBeNaN();
    expect(parseTimestamp('')).toBeNaN();
  });

  test.each([
    ['Milano, Lombardia, IT', { city: 'Milano', state: 'Lombardia', country: 'IT' }],
    ['Seattle, WA, US', { city: 'Seattle', state: 'WA', country: 'US' }],
    ['Paris, FR', { city: 'Paris', state: '', country: 'FR' }],
    ['IT', { city: '', state: '', country: 'IT' }],
    ['', { city: '', state: '', country: '' }],
  ])('splitLocation(%j)', (text, parts) => {
    expect(splitLocation(text)).toEqual(parts);
  });
});
