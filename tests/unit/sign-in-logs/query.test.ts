import { describe, expect, test } from 'vitest';
import {
  extractIds,
  filterRecords,
  lookupEvents,
  eventRow,
} from '../../../src/lib/sign-in-logs/query';
import { readSignInLog } from '../../../src/lib/sign-in-logs/read';
import { codeFacts, fixture, must } from './helpers';

const { records } = readSignInLog(fixture('graph-beta.json'));
const caCodes = new Set(codeFacts.filter((c) => c.conditionalAccess).map((c) => Number(c.code)));
const indexes = (filter: Parameters<typeof filterRecords>[1]) =>
  filterRecords(records, filter, caCodes).map((r) => r.index);

describe('filters', () => {
  test.each([
    [{ scope: 'blocked' as const }, [0, 1, 2, 6]],
    [{ scope: 'conditional-access' as const }, [0, 1, 2, 4, 5, 6]],
    [{ scope: 'failures' as const }, [0, 1, 2, 4, 5, 6]],
    [{ scope: 'all' as const }, [0, 1, 2, 3, 4, 5, 6]],
    [{ scope: 'all' as const, code: 53000 }, [4]],
    [
      {
        scope: 'all' as const,
        policy: { key: '11111111-aaaa-bbbb-cccc-000000000005', role: 'blocking' as const },
      },
      [1, 2],
    ],
    [
      {
        scope: 'all' as const,
        policy: { key: '11111111-aaaa-bbbb-cccc-000000000003', role: 'report-only' as const },
      },
      [0, 1, 2, 3, 4, 5],
    ],
    [{ scope: 'blocked' as const, text: 'ALEX' }, [0, 2]],
    [{ scope: 'all' as const, text: 'BR' }, [1, 2]],
    [{ scope: 'all' as const, text: '  ' }, [0, 1, 2, 3, 4, 5, 6]],
  ])('%j', (filter, expected) => {
    expect(indexes(filter)).toEqual(expected);
  });
});

describe('finding one event by id', () => {
  test('a bare Request Id, any case', () => {
    expect(lookupEvents(records, ' AAAAAAAA-1111-2222-3333-444444444402 ')).toEqual([
      { index: 2, by: 'requestId' },
    ]);
  });

  test('a bare Correlation Id finds every event of the session', () => {
    // Records 0 and 6 share a correlation id.
    expect(lookupEvents(records, 'dddddddd-2222-3333-4444-eeeeeeeeee00')).toEqual([
      { index: 0, by: 'correlationId' },
      { index: 6, by: 'correlationId' },
    ]);
  });

  test('a whole details block: the Request Id wins, the correlation adds its session', () => {
    const block = [
      'Error Code: 53003',
      'Request Id: aaaaaaaa-1111-2222-3333-444444444401',
      'Correlation Id: dddddddd-2222-3333-4444-eeeeeeeeee00',
      'Timestamp: 2026-11-20T09:02:10Z',
    ].join('\n');
    expect(lookupEvents(records, block)).toEqual([
      { index: 1, by: 'requestId' },
      { index: 0, by: 'correlationId' },
      { index: 6, by: 'correlationId' },
    ]);
  });

  test('a label tells which id is which', () => {
    expect(
      extractIds(
        'Request Id: AAAAAAAA-1111-2222-3333-444444444401\nCorrelation ID:dddddddd-2222-3333-4444-eeeeeeeeee00\nTrace ID: aaaaaaaa-1111-2222-3333-444444444403 and 11111111-2222-3333-4444-555555555555',
      ),
    ).toEqual({
      requestIds: ['aaaaaaaa-1111-2222-3333-444444444401', 'aaaaaaaa-1111-2222-3333-444444444403'],
      correlationIds: ['dddddddd-2222-3333-4444-eeeeeeeeee00'],
      unlabelled: ['11111111-2222-3333-4444-555555555555'],
    });
  });

  test('no id, no match', () => {
    expect(lookupEvents(records, 'Error Code: 53003')).toEqual([]);
    expect(lookupEvents(records, '00000000-0000-0000-0000-000000000000')).toEqual([]);
  });
});

test('an event row names the policies that blocked it', () => {
  expect(eventRow(must(records[0]))).toMatchObject({
    index: 0,
    user: 'alex.rossi@contoso.com',
    app: 'Microsoft Azure CLI',
    resource: 'Windows Azure Service Management API',
    errorCode: 53003,
    blockingPolicies: ['CA010-Admins-AzureManagement-Block unmanaged devices'],
  });
});
