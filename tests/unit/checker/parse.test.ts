import { describe, expect, test } from 'vitest';
import {
  MAX_CHARS,
  deviceIdKind,
  deviceStateKind,
  platformKind,
  timestampDate,
} from '../../../src/lib/checker/parse';
import type { FieldName } from '../../../src/lib/checker/types';
import { fixtures, read } from './helpers';
import { variants } from './variants';

type Fields = Partial<Record<FieldName, string>>;

const cli: Fields = {
  errorCode: '53003',
  requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
  correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
  timestamp: '2026-09-03T13:32:53.761Z',
  appName: 'Microsoft Azure CLI',
  appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
  ipAddress: '198.51.100.23',
  deviceId: 'Not available',
  devicePlatform: 'Windows 10',
  deviceState: 'Unregistered',
};
const teams: Fields = {
  errorCode: '53003',
  requestId: 'e967519f-4d98-4796-922e-0db042238a00',
  correlationId: '019827f4-372b-7726-8110-db46f130cd8f',
  timestamp: '2025-07-20T13:20:49.231Z',
  appName: 'Microsoft Teams Web Client',
  appId: '5e3ce6c0-2b1f-4285-8d4b-75ee78787346',
  ipAddress: '203.0.113.58',
  deviceId: 'ba99cc29-76ce-4b74-adaa-dbc6e693c4fd',
  devicePlatform: 'Windows 10',
  deviceState: 'DomainJoined',
};
const description: Fields = {
  errorCode: '53003',
  requestId: '0e5a9c8d-2f4b-4c1e-9a7d-3b6f8e2d1c00',
  correlationId: '5b8f3e21-7c4d-4a9e-b2f1-6d0e9c8a7b54',
  timestamp: '2023-08-03 18:11:29Z',
};

/** What each fixture must give, field by field; nothing more, nothing less. */
const expected: Record<string, Fields> = {
  '53003-azure-cli-unregistered.txt': cli,
  '53003-teams-web-domainjoined.txt': teams,
  '53003-my-apps-registered-markdown-paste.txt': {
    errorCode: '53003',
    requestId: 'e289bbe9-276a-4154-ba5e-08a32afa0200',
    correlationId: '1e2775c3-f8be-45c3-8d8e-3c6cc9a73886',
    timestamp: '2026-01-20T21:33:18.342Z',
    appName: 'Microsoft App Access Panel',
    appId: '0000000c-0000-0000-c000-000000000000',
    ipAddress: '198.51.100.77',
    deviceId: '0b5649b2-796b-4c6b-b8dc-9a3ae2677ab7',
    devicePlatform: 'Windows 10',
    deviceState: 'Registered',
  },
  '53003-azure-devops-guest-no-ip.txt': {
    errorCode: '53003',
    requestId: '4a68d5ad-a410-4477-8588-0057f58e2a00',
    correlationId: 'f8469115-08b5-4238-849f-50010672613d',
    timestamp: '2024-10-28T03:31:47.557Z',
    appName: 'Azure DevOps',
    appId: '499b84ac-1321-427f-aa17-267ca6975798',
    deviceId: 'Not available',
    devicePlatform: 'Windows 10',
    deviceState: 'Unregistered',
  },
  '530001-officehome-macos.txt': {
    errorCode: '530001',
    requestId: '40c27552-19b0-44b3-8802-7c20b372e300',
    correlationId: '6e1abb61-1442-4f28-b3a4-a523c3c7fb72',
    timestamp: '2026-07-18T05:16:17.577Z',
    appName: 'OfficeHome',
    appId: '4765445b-32c6-49b0-83e6-1d93765276ca',
    ipAddress: '192.0.2.146',
    deviceId: 'Not available',
    devicePlatform: 'macOS',
    deviceState: 'Unregistered',
  },
  '50011-message-line-old-layout.txt': {
    errorCode: '50011',
    requestId: '55b61f64-7894-4f06-990b-03cd86a50401',
    correlationId: 'd5860fee-7020-484d-810d-988e160db2a7',
    timestamp: '2021-05-03T16:51:43Z',
  },
  'synthetic-53003-msal-exception.txt': description,
  'synthetic-53003-oauth-error.json': description,
  'synthetic-53003-oauth-error-in-log.txt': description,
  'synthetic-53003-email-thread.txt': teams,
  'synthetic-53003-italian-labels.txt': { ...cli, deviceId: 'Non disponibile' },
  'synthetic-530035-partial.txt': {
    errorCode: '530035',
    appName: 'Microsoft Azure PowerShell',
    deviceState: 'Unregistered',
  },
  'synthetic-two-blocks.txt': {
    errorCode: '53003',
    requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
    correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
  },
  'synthetic-markup.txt': {
    errorCode: '53003',
    requestId: '790d21d9-68fb-457f-b1a4-674c11e3bf00',
    appName: '<img src=x onerror=alert(1)>',
    devicePlatform: '<script>alert(2)</script>',
    deviceState: 'Unregistered',
  },
  'synthetic-garbage.txt': {},
};

/** The real blocks copied from error pages: every variant of each must read the same. */
const realBlocks = Object.keys(fixtures).filter((f) => /^\d/.test(f));

const lower = (fields: Fields) =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.toLowerCase()]));

describe('parse: every fixture', () => {
  test('covers every fixture file with an expectation', () => {
    expect(Object.keys(fixtures).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.keys(expected))('%s', (name) => {
    expect(read(fixtures[name] ?? '').fields).toEqual(expected[name]);
  });
});

describe('parse: variants of the real blocks', () => {
  const cases = realBlocks.flatMap((file) =>
    Object.keys(variants).map((variant) => [file, variant] as const),
  );

  test.each(cases)('%s, %s', (file, variant) => {
    const transform = variants[variant];
    const source = fixtures[file] ?? '';
    const fields = read(transform ? transform(source) : source).fields;
    const want = expected[file] ?? {};
    if (variant === 'upper case' || variant === 'lower case')
      expect(lower(fields)).toEqual(lower(want));
    else expect(fields).toEqual(want);
  });
});

describe('parse: formats and labels', () => {
  test.each([
    ['53003-azure-cli-unregistered.txt', ['details']],
    ['50011-message-line-old-layout.txt', ['details', 'message']],
    ['synthetic-53003-msal-exception.txt', ['description']],
    ['synthetic-53003-oauth-error.json', ['description', 'json']],
    ['synthetic-53003-oauth-error-in-log.txt', ['description']],
    ['synthetic-garbage.txt', []],
  ])('%s is read as %j', (name, formats) => {
    expect(read(fixtures[name] ?? '').formats).toEqual(formats);
  });

  test('keeps the label a value was found under', () => {
    const r = read(fixtures['synthetic-53003-msal-exception.txt'] ?? '');
    expect(r.labels).toMatchObject({ requestId: 'Trace ID', correlationId: 'Correlation ID' });
  });

  test('reads the OAuth error name from the JSON', () => {
    expect(read(fixtures['synthetic-53003-oauth-error.json'] ?? '').oauthError).toBe(
      'interaction_required',
    );
  });

  test.each([
    ['53003-azure-devops-guest-no-ip.txt', 'no-permission'],
    ['53003-azure-cli-unregistered.txt', 'other'],
    ['53003-teams-web-domainjoined.txt', 'other'],
    ['530001-officehome-macos.txt', 'browser'],
    ['53003-my-apps-registered-markdown-paste.txt', undefined],
  ])('%s has the headline %s', (name, headline) => {
    expect(read(fixtures[name] ?? '').headline).toBe(headline);
  });
});

describe('parse: never guesses', () => {
  test.each([
    ['a label in prose with no colon', 'my correlation id is 62e76ee1-52af-46d3-ba8f-3f0be6aea289'],
    ['a code too short', 'Error Code: 5300'],
    ['a code too long', 'Error Code: 53003531'],
    ['an AADSTS code too short', 'AADSTS5300 happened'],
    ['an IP out of range', 'IP address: 999.1.1.1'],
    ['an IP with too few parts', 'IP address: 198.51.100'],
    ['a GUID with a wrong group', 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf0'],
    ['a GUID with a letter out of range', 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bfzz'],
    ['a timestamp that is a sentence', 'Timestamp: yesterday at nine'],
    ['an empty value', 'Request Id:'],
    ['an app id that is a name', 'App id: Teams'],
    ['a device id that is a word', 'Device identifier: unknown'],
  ])('%s', (_, text) => {
    expect(read(text).fields).toEqual({});
  });

  test('reports labels whose value could not be read', () => {
    const r = read(fixtures['synthetic-garbage.txt'] ?? '');
    expect(r.fields).toEqual({});
    expect(r.unreadable).toEqual(
      expect.arrayContaining(['errorCode', 'requestId', 'correlationId', 'timestamp', 'ipAddress']),
    );
  });

  test('an impossible date is kept as text but never placed in time', () => {
    const r = read('Timestamp: 2026-02-30T10:00:00Z');
    expect(r.fields.timestamp).toBe('2026-02-30T10:00:00Z');
    expect(timestampDate(r.fields.timestamp)).toBeUndefined();
  });

  test('a free-text value that runs on for a whole paragraph is not taken', () => {
    const r = read(`Device state: ${'word '.repeat(40)}`);
    expect(r.fields.deviceState).toBeUndefined();
    expect(r.unreadable).toEqual(['deviceState']);
  });
});

describe('parse: conflicts', () => {
  test('two blocks with different Request Ids: the first is kept, the conflict reported', () => {
    const r = read(fixtures['synthetic-two-blocks.txt'] ?? '');
    expect(r.fields.requestId).toBe('790d21d9-68fb-457f-b1a4-674c11e3bf00');
    expect(r.conflicts).toEqual([
      {
        field: 'requestId',
        values: ['790d21d9-68fb-457f-b1a4-674c11e3bf00', '4a68d5ad-a410-4477-8588-0057f58e2a00'],
      },
    ]);
  });

  test('the same value twice, in different case, is not a conflict', () => {
    const r = read(
      'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00\nRequest Id: 790D21D9-68FB-457F-B1A4-674C11E3BF00',
    );
    expect(r.conflicts).toEqual([]);
  });

  test('an AADSTS code in the text that differs from Error Code is reported', () => {
    const r = read('Error Code: 53003\nYesterday it was AADSTS50076 instead.');
    expect(r.fields.errorCode).toBe('53003');
    expect(r.conflicts).toEqual([{ field: 'errorCode', values: ['53003', '50076'] }]);
  });

  test('the Trace ID and the Correlation ID of an error_description do not collide', () => {
    expect(read(fixtures['synthetic-53003-oauth-error.json'] ?? '').conflicts).toEqual([]);
  });
});

describe('parse: size', () => {
  test('caps a huge paste, says so, and stays fast', () => {
    const block = fixtures['53003-azure-cli-unregistered.txt'] ?? '';
    const junk = 'x7#é €\n'.repeat(Math.ceil(5_000_000 / 7));
    const start = performance.now();
    const r = read(block + junk);
    const ms = performance.now() - start;
    expect(r.truncated).toBe(true);
    expect(r.length).toBeGreaterThan(5_000_000);
    expect(r.fields).toEqual(cli);
    expect(ms).toBeLessThan(500);
  });

  test('5 MB of garbage alone: nothing found, quickly', () => {
    let s = '';
    for (let i = 0; s.length < 5_000_000; i++) s += `${(i * 7919) % 104729} Timestamp: ~ AADSTS `;
    const start = performance.now();
    const r = read(s);
    expect(performance.now() - start).toBeLessThan(500);
    expect(r.fields).toEqual({});
    expect(r.truncated).toBe(true);
  });

  test('a block after the cap is not read (the notice tells the reader why)', () => {
    const r = read(`${' '.repeat(MAX_CHARS)}${fixtures['53003-azure-cli-unregistered.txt']}`);
    expect(r.fields).toEqual({});
  });

  test('the cap can be set', () => {
    expect(read('Error Code: 53003', 5)).toMatchObject({ fields: {}, truncated: true });
  });
});

describe('parse: values', () => {
  test.each([
    [
      'IPv6 full',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
      '2001:0db8:85a3:0000:0000:8a2e:0370:7334',
    ],
    ['IPv6 short', '2001:DB8::1', '2001:db8::1'],
    ['IPv4-mapped IPv6', '::ffff:198.51.100.23', '::ffff:198.51.100.23'],
    ['IPv4', '203.0.113.58', '203.0.113.58'],
  ])('reads an IP address: %s', (_, value, want) => {
    expect(read(`IP address: ${value}`).fields.ipAddress).toBe(want);
  });

  test.each(['2001:db8::1::2', '1:2:3:4:5:6:7:8:9', '12345::1', ':'])(
    'refuses a malformed IPv6 address: %s',
    (value) => {
      expect(read(`IP address: ${value}`).fields.ipAddress).toBeUndefined();
    },
  );

  test.each([
    ['2026-09-03T13:32:53.761Z', '2026-09-03T13:32:53.761Z'],
    ['2021-05-03T16:51:43Z', '2021-05-03T16:51:43.000Z'],
    ['2023-08-03 18:11:29Z', '2023-08-03T18:11:29.000Z'],
    ['2026-01-01T01:00:00+02:00', '2025-12-31T23:00:00.000Z'],
    ['2026-01-01 01:00:00 UTC', '2026-01-01T01:00:00.000Z'],
    ['2026-09-03T13:32:53.7610000Z', '2026-09-03T13:32:53.761Z'],
  ])('places %s in time', (text, iso) => {
    expect(timestampDate(text)?.toISOString()).toBe(iso);
  });

  test.each(['2026-09-03T13:32:53', '2026-13-01T00:00:00Z', '2026-01-01T25:00:00Z', ''])(
    'does not place %j in time',
    (text) => {
      expect(timestampDate(text)).toBeUndefined();
    },
  );

  test.each([
    ['Windows 10', 'windows'],
    ['Windows', 'windows'],
    ['macOS', 'macos'],
    ['Mac OS X', 'macos'],
    ['iOS', 'ios'],
    ['iPadOS', 'ios'],
    ['Android', 'android'],
    ['Linux', 'linux'],
    ['Ubuntu', 'linux'],
    ['ChromeOS', 'other'],
    [undefined, 'missing'],
  ])('platform %s is %s', (value, kind) => {
    expect(platformKind(value)).toBe(kind);
  });

  test.each([
    ['Unregistered', 'unregistered'],
    ['Registered', 'registered'],
    ['DomainJoined', 'domainjoined'],
    ['Domain Joined', 'domainjoined'],
    ['Hybrid Azure AD joined', 'domainjoined'],
    ['Compliant', 'compliant'],
    ['Non registrato', 'unregistered'],
    [undefined, 'missing'],
  ])('device state %s is %s', (value, kind) => {
    expect(deviceStateKind(value)).toBe(kind);
  });

  test.each([
    ['ba99cc29-76ce-4b74-adaa-dbc6e693c4fd', 'present'],
    ['Not available', 'not-available'],
    ['NOT AVAILABLE', 'not-available'],
    [undefined, 'missing'],
  ])('device id %s is %s', (value, kind) => {
    expect(deviceIdKind(value)).toBe(kind);
  });

  test('reads the client_id of a pasted sign-in URL as the app id', () => {
    const r = read(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code',
    );
    expect(r.fields).toEqual({ appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46' });
  });

  test('reads a Graph sign-in record', () => {
    const r = read(
      JSON.stringify({
        id: 'ignored',
        createdDateTime: '2026-09-03T13:32:53Z',
        appDisplayName: 'Microsoft Azure CLI',
        appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
        correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
        ipAddress: '198.51.100.23',
        status: {
          errorCode: 53003,
          failureReason: 'Access has been blocked by Conditional Access policies.',
        },
        deviceDetail: { deviceId: '', operatingSystem: 'Windows10' },
      }),
    );
    expect(r.fields).toEqual({
      errorCode: '53003',
      correlationId: '62e76ee1-52af-46d3-ba8f-3f0be6aea289',
      timestamp: '2026-09-03T13:32:53Z',
      appName: 'Microsoft Azure CLI',
      appId: '04b07795-8ddb-461a-bbee-02f9e1bf7b46',
      ipAddress: '198.51.100.23',
      devicePlatform: 'Windows10',
    });
  });

  test('empty and blank input give nothing', () => {
    for (const s of ['', '   ', '\n\n\r\n', '{}', '[]', 'null'])
      expect(read(s)).toMatchObject({ fields: {}, conflicts: [], unreadable: [], formats: [] });
  });
});
