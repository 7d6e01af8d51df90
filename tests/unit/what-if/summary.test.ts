/**
 * The result's table and what surrounds it (`summary.ts`): the condition that decided each policy
 * (Entra's What If names, for a policy that does not apply, the first condition not met, in the
 * order the portal lists them), the filters and sorts, each warning once, and what changes when
 * the inputs Entra's What If counts as none are not known instead. Expectations come from those
 * rules, written before looking at the engine's output.
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import {
  filterRows,
  sortRows,
  summarise,
  uniqueReasons,
  unsetDifference,
  unsetFields,
} from '../../../src/lib/what-if/summary';
import { baseScenario, policy } from './helpers';

const windowsOnly = { platforms: { includePlatforms: ['windows'] } };

describe('the summary rows', () => {
  const policies = [
    // Users match, the platform does not: platforms decided.
    policy({ id: 'a', displayName: 'CA10 Windows only' }, windowsOnly),
    // Everything matches: no deciding condition, it applies.
    policy({
      id: 'b',
      displayName: 'CA2 all',
      grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    }),
    // A named location and no locations given: cannot tell, locations decided.
    policy(
      { id: 'c', displayName: 'ca3 office', state: 'enabledForReportingButNotEnforced' },
      { locations: { includeLocations: ['11111111-1111-1111-1111-111111111111'] } },
    ),
    policy({ id: 'd', displayName: 'CA1 old', state: 'disabled' }),
  ];
  const result = evaluate({ policies, scenario: baseScenario({ devicePlatform: 'android' }) });
  const rows = summarise(result);

  test('one row per policy: applies, the first condition that decided, the controls', () => {
    expect(rows.map((r) => [r.id, r.applies, r.decidedBy?.condition])).toEqual([
      ['a', 'no', 'platforms'],
      ['b', 'yes', undefined],
      ['c', 'unknown', 'locations'],
      ['d', 'off', undefined],
    ]);
    expect(rows.find((r) => r.id === 'a')?.blocks).toBe(true);
    expect(rows.find((r) => r.id === 'b')?.requirement?.controls).toEqual([
      { kind: 'builtIn', id: 'mfa' },
    ]);
  });

  test('filters: by outcome, by state, blocking only, by words of the name or id', () => {
    const ids = (f: Parameters<typeof filterRows>[1]) => filterRows(rows, f).map((r) => r.id);
    expect(ids({})).toEqual(['a', 'b', 'c', 'd']);
    expect(ids({ applies: ['yes', 'unknown'] })).toEqual(['b', 'c']);
    expect(ids({ state: 'report-only' })).toEqual(['c']);
    expect(ids({ state: 'enabled' })).toEqual(['a', 'b']);
    expect(ids({ blocking: true })).toEqual(['a', 'c', 'd']);
    expect(ids({ text: 'WINDOWS ca10' })).toEqual(['a']);
    expect(ids({ text: 'nothing like it' })).toEqual([]);
  });

  test('sorts: names in natural order, outcomes applies first, ties in the input order', () => {
    const ids = (key: Parameters<typeof sortRows>[1], dir?: 'asc' | 'desc') =>
      sortRows(rows, key, dir).map((r) => r.id);
    expect(ids('input')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('name')).toEqual(['d', 'b', 'c', 'a']);
    expect(ids('applies')).toEqual(['b', 'c', 'a', 'd']);
    expect(ids('state')).toEqual(['a', 'b', 'c', 'd']);
    expect(ids('control')).toEqual(['a', 'c', 'd', 'b']);
    expect(ids('name', 'desc')).toEqual(['a', 'c', 'b', 'd']);
  });
});

test('each warning once, in the order first seen', () => {
  const w = (key: string, n: number) => ({ key, params: { n } });
  expect(uniqueReasons([w('x', 1), w('y', 1), w('x', 1), w('x', 2)])).toEqual([
    w('x', 1),
    w('y', 1),
    w('x', 2),
  ]);
});

describe('inputs left out: none, as in Entra, and what would change if not known', () => {
  const risky = policy(
    { id: 'risk', displayName: 'High sign-in risk' },
    { signInRiskLevels: ['high'] },
  );
  const flows = policy(
    { id: 'flow', displayName: 'Device code' },
    { authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
  );
  test('left out: neither policy applies, and the switch would make both uncertain', () => {
    const input = { policies: [risky, flows], scenario: baseScenario() };
    const asNone = evaluate(input);
    expect(asNone.verdict).toBe('allow');
    expect(unsetFields(input)).toEqual(
      expect.arrayContaining([
        'signInRiskLevel',
        'userRiskLevels',
        'insiderRiskLevel',
        'transferMethod',
      ]),
    );
    const d = unsetDifference(input, asNone);
    expect(d.verdict).toBe('unknown');
    expect(d.changed).toEqual([
      { id: 'risk', displayName: 'High sign-in risk', from: 'no', to: 'unknown' },
      { id: 'flow', displayName: 'Device code', from: 'no', to: 'unknown' },
    ]);
  });
  test('given: not listed as left out, and nothing changes', () => {
    const input = {
      policies: [risky],
      scenario: baseScenario({ signInRiskLevel: 'high' }),
    };
    const result = evaluate(input);
    expect(result.verdict).toBe('block');
    expect(unsetFields(input)).not.toContain('signInRiskLevel');
    expect(unsetDifference(input, result).changed).toEqual([]);
  });
});
