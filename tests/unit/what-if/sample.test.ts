/**
 * The sample tenant: it reads in both languages, uses every condition the engine evaluates, and
 * each sample sign-in gets the verdict written beside it (worked out from Learn's rules when the
 * sample was written: see the comments of the test cases in real-world.test.ts for the rules).
 */
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import { parseScenario } from '../../../src/lib/what-if/input';
import { sampleTenant } from '../../../src/lib/what-if/sample';
import { readLocations, readPolicies } from '../../../src/lib/what-if/sets';
import { conditionIds } from '../../../src/lib/what-if/summary';
import type { ConditionId } from '../../../src/lib/what-if/types';

describe.each(['it', 'en'] as const)('the sample tenant in %s', (locale) => {
  const sample = sampleTenant(locale);
  const policies = readPolicies(sample.policies);
  const locations = readLocations(sample.locations);

  test('reads without a warning, names in the language', () => {
    expect(policies.ok && locations.ok).toBe(true);
    expect(policies.warnings).toEqual([]);
    expect(locations.ok && locations.value.map((l) => l.kind)).toEqual([
      'ip',
      'country',
      'compliantNetwork',
    ]);
    const first = policies.ok ? policies.value[0]?.displayName : '';
    expect(first).toBe(locale === 'it' ? 'CA01 - Tutti - MFA' : 'CA01 - Everyone - MFA');
  });

  test.each(sampleTenant(locale).signIns.map((s) => [s.id, s] as const))(
    '%s gives the verdict written beside it',
    (_id, s) => {
      const scenario = parseScenario(s.scenario);
      if (!policies.ok || !locations.ok || !scenario.ok) throw new Error('sample did not read');
      const r = evaluate({
        policies: policies.value,
        locations: locations.value,
        scenario: scenario.value,
      });
      expect(r.verdict).toBe(s.verdict);
      expect(s.label.length).toBeGreaterThan(10);
    },
  );

  test('every condition the engine evaluates is configured somewhere, and met somewhere', () => {
    if (!policies.ok || !locations.ok) throw new Error('sample did not read');
    const configured = new Set<ConditionId>();
    const matched = new Set<ConditionId>();
    for (const s of sample.signIns) {
      const scenario = parseScenario(s.scenario);
      if (!scenario.ok) continue;
      const r = evaluate({
        policies: policies.value,
        locations: locations.value,
        scenario: scenario.value,
      });
      for (const p of r.policies)
        for (const c of p.conditions) {
          if (c.result !== 'notConfigured') configured.add(c.condition);
          if (c.result === 'match') matched.add(c.condition);
        }
    }
    // deviceStates is the deprecated device-state condition: filters for devices replace it.
    expect([...configured].sort()).toEqual(
      expect.arrayContaining(conditionIds.filter((c) => c !== 'deviceStates')),
    );
    const met = ['users', 'workloadIdentities', 'applications', 'platforms', 'locations'];
    for (const c of [...met, 'clientApps', 'devices', 'authenticationFlows'] as const)
      expect(matched).toContain(c);
  });
});
