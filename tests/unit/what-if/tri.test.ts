import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import { inDeviceState, triEquals, triOf, triOr } from '../../../src/lib/what-if/tri';
import type { Tri } from '../../../src/lib/what-if/types';
import { baseScenario, device, policy } from './helpers';

describe('three-valued helpers', () => {
  test.each<[boolean | null | undefined, Tri]>([
    [true, 'yes'],
    [false, 'no'],
    [null, 'no'],
    [undefined, 'unknown'],
  ])('triOf(%s) is %s', (value, tri) => {
    expect(triOf(value)).toBe(tri);
  });

  test.each<[string | null | undefined, Tri]>([
    ['ServerAD', 'yes'],
    ['serverad', 'yes'],
    ['AzureAD', 'no'],
    [null, 'no'],
    [undefined, 'unknown'],
  ])('triEquals(%s, ServerAD) is %s', (value, tri) => {
    expect(triEquals(value, 'ServerAD')).toBe(tri);
  });

  test.each<[Tri[], Tri]>([
    [['no', 'unknown', 'yes'], 'yes'],
    [['no', 'unknown'], 'unknown'],
    [['no', 'no'], 'no'],
    [[], 'no'],
  ])('triOr(%j) is %s', (values, tri) => {
    expect(triOr(values)).toBe(tri);
  });
});

describe('the device-state rule', () => {
  test.each<[string, Parameters<typeof device>[0] | undefined, Tri]>([
    ['Compliant', { isCompliant: true }, 'yes'],
    ['compliant', { isCompliant: false }, 'no'],
    ['Compliant', {}, 'unknown'],
    ['DomainJoined', { trustType: 'ServerAD' }, 'yes'],
    ['DomainJoined', { trustType: 'AzureAD' }, 'no'],
    ['DomainJoined', {}, 'unknown'],
    // No registered device: in no state at all, whatever the policy lists.
    ['Compliant', undefined, 'no'],
    ['Registered', undefined, 'no'],
    // A value Graph does not define: the engine cannot tell, even for a hybrid-joined device.
    ['Registered', { trustType: 'ServerAD', isCompliant: true }, 'unknown'],
    ['Registered', { trustType: 'Workplace', isCompliant: false }, 'unknown'],
  ])('%s with device %j is %s', (state, props, tri) => {
    expect(inDeviceState(state, props ? device(props) : undefined)).toBe(tri);
  });

  test('the condition and the "why wasn\'t I excluded?" view agree on an unexpected state', () => {
    // Before one rule was shared, the condition said "cannot tell" while the exclusion hint
    // treated any other value as "domain joined" and answered "no" for this device.
    const p = policy({}, { devices: { includeDevices: ['All'], excludeDevices: ['Registered'] } });
    const result = evaluate({
      policies: [p],
      scenario: baseScenario({ device: device({ trustType: 'Workplace', isCompliant: false }) }),
    });
    const evaluated = result.policies[0];
    const condition = evaluated?.conditions.find((c) => c.condition === 'deviceStates');
    const hint = evaluated?.exclusions.find((e) => e.condition === 'deviceStates');
    expect(condition?.result).toBe('unknown');
    expect(hint?.status).toBe('unknown');
  });
});
