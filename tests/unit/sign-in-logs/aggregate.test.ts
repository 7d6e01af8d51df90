import { describe, expect, test } from 'vitest';
import {
  bucketStart,
  chooseUnit,
  deviceStateKey,
  summarise,
} from '../../../src/lib/sign-in-logs/aggregate';
import { readSignInLog } from '../../../src/lib/sign-in-logs/read';
import { codeFacts, fixture } from './helpers';

const beta = summarise(readSignInLog(fixture('graph-beta.json')).records, codeFacts);

describe('summary of the Graph beta fixture', () => {
  test('totals', () => {
    expect(beta).toMatchObject({
      total: 7,
      failures: 6,
      blocked: 4,
      conditionalAccessFailures: 6,
      blockedWithoutPolicy: 1,
      unit: 'day', // 20 to 23 November: more than 72 hours
    });
    expect(beta.codes).toEqual([
      { code: 53003, count: 4, conditionalAccess: true },
      { code: 50076, count: 1, conditionalAccess: true },
      { code: 53000, count: 1, conditionalAccess: true },
    ]);
  });

  test('blocking policies: failure with Block, counted on 53003 sign-ins, any case of "block"', () => {
    expect(beta.blocking.map((p) => [p.displayName, p.count, p.events])).toEqual([
      ['CA030-AllUsers-Block outside allowed countries', 2, 2],
      ['CA010-Admins-AzureManagement-Block unmanaged devices', 1, 1],
    ]);
  });

  test('a blocking policy knows who, what and where', () => {
    const ca030 = beta.blocking[0];
    expect(ca030?.breakdown.users).toEqual({
      entries: [
        { key: 'alex.rossi@contoso.com', count: 1, users: 1 },
        { key: 'giulia.bianchi@contoso.com', count: 1, users: 1 },
      ],
      distinct: 2,
    });
    // Counted in sign-ins and in users: two blocks in Brazil, by two people.
    expect(ca030?.breakdown.countries.entries).toEqual([{ key: 'BR', count: 2, users: 2 }]);
    expect(ca030?.breakdown.resources.distinct).toBe(2);
    expect(ca030?.breakdown.deviceStates.entries).toEqual([
      { key: '|false|false', count: 1, users: 1 },
      { key: 'Azure AD registered|false|false', count: 1, users: 1 },
    ]);
    expect(ca030?.breakdown.first).toBe(Date.UTC(2026, 10, 20, 9, 2, 10));
    const timeline = ca030?.breakdown.timeline ?? [];
    expect(timeline.reduce((n, b) => n + b.count, 0)).toBe(2);
    // One axis for every timeline: from the file's first event to its last.
    expect(timeline.length).toBe(beta.blockedBreakdown.timeline.length);
  });

  test('report-only policies are kept apart and never count as blocks', () => {
    expect(beta.reportOnly.map((p) => [p.displayName, p.count, p.events])).toEqual([
      ['CA020-AllUsers-AllApps-Block outside IT (report-only)', 2, 6],
    ]);
    expect(beta.reportOnly[0]?.results.map(({ key, count }) => ({ key, count }))).toEqual([
      { key: 'reportOnlyNotApplied', count: 4 },
      { key: 'reportOnlyFailure', count: 2 },
    ]);
    expect(beta.blocking.some((p) => p.displayName.includes('report-only'))).toBe(false);
  });

  test('policies whose requirements were not met are listed apart from blocks', () => {
    expect(beta.unmet.map((p) => [p.displayName, p.count])).toEqual([
      ['CA001-AllUsers-AllApps-Require MFA', 1],
      ['CA060-AllUsers-Require compliant device', 1],
    ]);
  });

  test('the 53003 overview covers every blocked sign-in, with or without a policy', () => {
    expect(beta.blockedBreakdown.events).toBe(4);
    expect(beta.blockedBreakdown.users.entries[0]).toEqual({
      key: 'alex.rossi@contoso.com',
      count: 2,
      users: 1,
    });
  });
});

describe('the CSV case', () => {
  test('no per-policy column: no policy lists, the 53003 overview still groups', () => {
    const csv = summarise(readSignInLog(fixture('portal-2024.csv')).records, codeFacts);
    expect(csv.blocked).toBe(3);
    expect(csv.blocking).toEqual([]);
    expect(csv.reportOnly).toEqual([]);
    expect(csv.blockedUnlisted).toBe(3);
    expect(csv.blockedWithoutPolicy).toBe(0);
    expect(csv.blockedBreakdown.apps.entries.map((e) => e.key)).toEqual([
      'Microsoft Azure CLI',
      'Microsoft Outlook',
      'Microsoft Teams',
    ]);
  });

  test('the drifting CSV summarises like the documented one', () => {
    const a = summarise(readSignInLog(fixture('portal-2024.csv')).records, codeFacts);
    const b = summarise(readSignInLog(fixture('portal-drift.csv')).records, codeFacts);
    expect(b.codes).toEqual(a.codes);
    expect(b.blockedBreakdown.users).toEqual(a.blockedBreakdown.users);
  });
});

describe('a policy listed twice in one record counts once', () => {
  test('duplicates', () => {
    const { records } = readSignInLog(fixture('graph-beta.json'));
    const first = records[0];
    if (!first?.policies?.[0]) throw new Error('fixture changed');
    first.policies.push(first.policies[0]);
    expect(summarise([first], codeFacts).blocking[0]?.count).toBe(1);
  });
});

describe('time buckets', () => {
  const h = 3_600_000;
  test.each([
    [0, 10 * h, 'hour'],
    [0, 72 * h, 'hour'],
    [0, 73 * h, 'day'],
    [0, 120 * 24 * h, 'day'],
    [0, 121 * 24 * h, 'week'],
    [null, null, 'day'],
  ] as const)('%s → %s: %s', (first, last, unit) => {
    expect(chooseUnit(first, last)).toBe(unit);
  });

  test('weeks start on Monday, UTC', () => {
    // Wednesday 2026-11-25 → Monday 2026-11-23.
    expect(bucketStart(Date.UTC(2026, 10, 25, 15), 'week')).toBe(Date.UTC(2026, 10, 23));
    expect(bucketStart(Date.UTC(2026, 10, 25, 15, 30), 'hour')).toBe(Date.UTC(2026, 10, 25, 15));
    expect(bucketStart(Date.UTC(2026, 10, 25, 15, 30), 'day')).toBe(Date.UTC(2026, 10, 25));
  });
});

test('device state keys', () => {
  const { records } = readSignInLog(fixture('graph-beta.json'));
  expect(records.map((r) => deviceStateKey(r))).toEqual([
    '|false|false',
    '|false|false',
    'Azure AD registered|false|false',
    'Azure AD joined|true|true',
    'Azure AD registered|false|false',
    '|false|false',
    '|false|false',
  ]);
});
