import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_JSON_CHARS, jsonErrorOffset, readJson } from '../../../src/lib/what-if/json';
import { parseNamedLocations, parsePolicies, parseScenario } from '../../../src/lib/what-if/input';
import { fixtureText } from './helpers';

describe('JSON reading never throws and says where', () => {
  test.each([
    ['{"a": }', 'input.jsonSyntax', 6, 1, 7],
    ['[1, 2,]', 'input.jsonSyntax', 6, 1, 7],
    ['{\n  "a": 1\n  "b": 2\n}', 'input.jsonSyntax', 13, 3, 3],
    ['{"a": [1, 2', 'input.jsonUnexpectedEnd', 11, 1, 12],
    ['<html><body>policies</body></html>', 'input.jsonSyntax', 0, 1, 1],
    ["{'a': 1}", 'input.jsonSyntax', 1, 1, 2],
    ['"\u0001"', 'input.jsonSyntax', 1, 1, 2],
  ])('%j', (text, key, offset, line, column) => {
    const r = readJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ key, offset, line, column });
  });
  test('empty, too large', () => {
    const empty = readJson('   ');
    expect(!empty.ok && empty.error.key).toBe('input.empty');
    const big = readJson(`[${'1,'.repeat(MAX_JSON_CHARS / 2)}1]`);
    expect(!big.ok && big.error.key).toBe('input.tooLarge');
  });
  test('a 5 MB paste is refused at once', () => {
    const start = performance.now();
    const r = parsePolicies('x'.repeat(5 * 1024 * 1024));
    expect(!r.ok && r.error.key).toBe('input.tooLarge');
    expect(performance.now() - start).toBeLessThan(200);
  });
  test('deep nesting does not overflow the stack', () => {
    expect(parsePolicies(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).ok).toBe(false);
    const unclosed = readJson('['.repeat(100_000));
    expect(!unclosed.ok && unclosed.error.key).toBe('input.jsonUnexpectedEnd');
  });
  test('the locator agrees with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 60 }),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorOffset(text) === undefined).toBe(valid);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('policies', () => {
  test('the Graph list response, a bare array and a single object', () => {
    const list = parsePolicies(fixtureText('policies.json'));
    expect(list.ok && list.value.length).toBe(11);
    const one = { id: 'x', state: 'enabled', conditions: { users: { includeUsers: ['All'] } } };
    const arr = parsePolicies(JSON.stringify([one]));
    const single = parsePolicies(JSON.stringify(one));
    expect(arr.ok && arr.value[0]?.id).toBe('x');
    expect(single.ok && single.value[0]?.id).toBe('x');
  });
  test.each([
    ['42', 'policies.shape'],
    ['{"hello": "world"}', 'policies.shape'],
    ['[1, "a", null]', 'policies.none'],
  ])('%s → %s', (text, key) => {
    const r = parsePolicies(text);
    expect(!r.ok && r.error.key).toBe(key);
  });
  test('odd items are skipped with a warning; an unknown state is reported and treated as off', () => {
    const r = parsePolicies(
      JSON.stringify([1, { id: 'a', state: 'on' }, { id: 'a', state: 'enabled' }]),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.key)).toEqual(['policies.skipped', 'policies.duplicateId']);
    expect(r.value[0]).toMatchObject({
      state: 'disabled',
      issues: [{ key: 'policy.unknownState' }, { key: 'policy.noConditions' }],
    });
  });
  test('markup in strings is kept as text, control characters are dropped, long strings are cut', () => {
    const r = parsePolicies(
      JSON.stringify({
        id: 'x',
        displayName: '<img src=x onerror=alert(1)>\u0007' + 'y'.repeat(20_000),
        state: 'enabled',
        conditions: {},
      }),
    );
    const name = r.ok ? r.value[0]?.displayName : '';
    expect(name?.startsWith('<img src=x onerror=alert(1)>y')).toBe(true);
    expect(name?.length).toBeLessThanOrEqual(8192);
  });
  test('beta shape: comma-separated insider risk, grant control case, session controls', () => {
    const r = parsePolicies(
      JSON.stringify({
        id: 'x',
        state: 'enabled',
        conditions: { insiderRiskLevels: 'minor, elevated', clientAppTypes: null },
        grantControls: { operator: 'or', builtInControls: ['Block'] },
        sessionControls: {
          signInFrequency: { isEnabled: true },
          persistentBrowser: null,
          cloudAppSecurity: { isEnabled: false },
        },
      }),
    );
    expect(r.ok && r.value[0]).toMatchObject({
      conditions: { insiderRiskLevels: ['minor', 'elevated'], clientAppTypes: [] },
      grant: { operator: 'OR', builtIn: ['block'] },
      sessionControls: ['signInFrequency'],
    });
  });
});

describe('named locations', () => {
  test('IP and country locations', () => {
    const r = parseNamedLocations(fixtureText('named-locations.json'));
    expect(r.ok && r.value.map((l) => l.kind)).toEqual(['ip', 'country', 'ip', 'country']);
  });
  test('bad ranges are reported, the rest is kept', () => {
    const r = parseNamedLocations(
      JSON.stringify({
        id: 'l',
        displayName: 'L',
        ipRanges: [{ cidrAddress: '1.2.3.0/24' }, { cidrAddress: '999.1.1.1/8' }],
      }),
    );
    expect(r.ok && r.value[0]?.kind === 'ip' && r.value[0].ranges.length).toBe(1);
    expect(r.warnings.map((w) => w.key)).toEqual(['locations.badRange']);
  });
});

describe('scenario', () => {
  test('the Graph What If body with our directory object', () => {
    const r = parseScenario(fixtureText('scenario-office-abroad.json'));
    expect(r.ok && r.value).toMatchObject({
      identity: { kind: 'user', userId: 'e0000000-0000-4000-8000-00000000e001' },
      context: { kind: 'application', applications: ['00000002-0000-0ff1-ce00-000000000000'] },
      devicePlatform: 'windows',
      country: 'FR',
      userRiskLevels: ['none'],
      transferMethod: 'none',
      device: { trustType: 'AzureAD', isCompliant: true },
      directory: { groupIds: [], userType: 'member' },
    });
  });
  test('deviceInfo: ownership, extension attributes, collections, unusual trust type', () => {
    const r = parseScenario(
      JSON.stringify({
        signInConditions: {
          deviceInfo: {
            ownership: 'Company',
            extensionAttribute3: 'SAW',
            extensionAttribute16: 'no',
            systemLabels: ['MultiUser'],
            trustType: 'EntraID',
          },
        },
      }),
    );
    expect(r.ok && r.value.device).toEqual({
      ownership: 'Company',
      extensionAttributes: { 3: 'SAW' },
      systemLabels: ['MultiUser'],
      trustType: 'EntraID',
    });
    expect(r.warnings.map((w) => w.key)).toEqual(['scenario.unusualTrustType']);
  });
  test('no deviceInfo means an unregistered device; absent fields stay unknown', () => {
    const r = parseScenario('{"signInIdentity": {"userId": "u"}}');
    expect(r.ok && r.value).toEqual({ identity: { kind: 'user', userId: 'u' }, directory: {} });
  });
  test.each(['[]', '"x"', 'null'])('%s is not a scenario', (text) => {
    const r = parseScenario(text);
    expect(!r.ok && r.error.key).toBe('scenario.shape');
  });
  test('arbitrary JSON never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        parseScenario(text);
        parsePolicies(text);
        parseNamedLocations(text);
      }),
      { numRuns: 500 },
    );
  });
});

describe('PowerShell ConvertTo-Json of the Graph SDK objects (PascalCase, AdditionalProperties)', () => {
  test('a policy and a named location read as their Graph twins', () => {
    const policy = parsePolicies(
      JSON.stringify({
        Id: 'p1',
        DisplayName: 'Block legacy',
        State: 'enabled',
        Conditions: {
          Users: { IncludeUsers: ['All'], ExcludeGroups: ['g1'] },
          Applications: { IncludeApplications: ['All'] },
          ClientAppTypes: ['exchangeActiveSync', 'other'],
        },
        GrantControls: { Operator: 'OR', BuiltInControls: ['block'] },
        AdditionalProperties: { '@odata.type': '#microsoft.graph.conditionalAccessPolicy' },
      }),
    );
    expect(policy.ok && policy.value[0]).toMatchObject({
      id: 'p1',
      state: 'enabled',
      conditions: {
        users: { users: { include: ['All'] }, groups: { exclude: ['g1'] } },
        clientAppTypes: ['exchangeActiveSync', 'other'],
      },
      grant: { builtIn: ['block'] },
    });
    const location = parseNamedLocations(
      JSON.stringify({
        Id: 'l1',
        DisplayName: 'Office',
        AdditionalProperties: {
          '@odata.type': '#microsoft.graph.ipNamedLocation',
          isTrusted: true,
          ipRanges: [
            { '@odata.type': '#microsoft.graph.iPv4CidrRange', cidrAddress: '192.0.2.0/24' },
          ],
        },
      }),
    );
    expect(location.ok && location.value[0]).toMatchObject({ kind: 'ip', isTrusted: true });
  });
});
