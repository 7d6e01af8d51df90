import { describe, expect, test } from 'vitest';
import { applyField, formFields, formValues, splitList } from '../../../src/lib/what-if/form';
import { parseScenario } from '../../../src/lib/what-if/input';
import { scenarioToRequest } from '../../../src/lib/what-if/fragment';
import type { Scenario } from '../../../src/lib/what-if/types';
import { fixtureText } from './helpers';

const empty = (): Scenario => ({ identity: { kind: 'user' }, directory: {} });

function fixture(): Scenario {
  const parsed = parseScenario(fixtureText('scenario-office-abroad.json'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  return parsed.value;
}

describe('the What If form and the scenario JSON stay in step', () => {
  test('the fixture in the form', () => {
    expect(formValues(fixture())).toMatchObject({
      userId: 'e0000000-0000-4000-8000-00000000e001',
      contextKind: 'application',
      contextValue: '00000002-0000-0ff1-ce00-000000000000',
      devicePlatform: 'windows',
      clientAppType: 'browser',
      ipAddress: '192.0.2.44',
      country: 'FR',
      device: 'registered',
      trustType: 'AzureAD',
      isCompliant: 'true',
      userType: 'member',
    });
  });

  test.each([
    ['groupIds', 'A1, b2\nc3', { directory: { groupIds: ['a1', 'b2', 'c3'] } }],
    ['country', 'it', { country: 'IT' }],
    ['userRiskLevel', 'high', { userRiskLevels: ['high'] }],
    ['isCompliant', 'false', { device: { extensionAttributes: {}, isCompliant: false } }],
    ['contextValue', 'urn:user:registersecurityinfo', { context: { kind: 'userAction' } }],
  ] as const)('%s = %j', (field, value, expected) => {
    const values = field === 'contextValue' ? { contextKind: 'userAction' } : {};
    expect(applyField(empty(), field, value, values)).toMatchObject(expected);
  });

  test('an empty field means "not known": the field goes, nothing else does', () => {
    const s = fixture();
    s.device = { ...(s.device ?? { extensionAttributes: {} }), extensionAttributes: { 1: 'SAW' } };
    const next = applyField(s, 'ipAddress', '');
    expect(next.ipAddress).toBeUndefined();
    expect(next.device?.extensionAttributes).toEqual({ 1: 'SAW' });
    expect(next.country).toBe('FR');
    expect(s.ipAddress).toBe('192.0.2.44'); // the input is left as it was
    expect(applyField(s, 'device', '').device).toBeUndefined();
  });

  test('every field survives the trip through the request JSON', () => {
    const s = fixture();
    for (const field of formFields) {
      const value = formValues(s)[field];
      const next = applyField(s, field, value, formValues(s));
      const again = parseScenario(JSON.stringify(scenarioToRequest(next)));
      expect(again.ok && formValues(again.value)).toEqual(formValues(s));
    }
  });

  test('lists split on commas, spaces and new lines', () => {
    expect(splitList(' a, B;c\n\nd ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('the compliant network field', () => {
  test('yes, no and not known go to directory.compliantNetwork and back', () => {
    const base = { identity: { kind: 'user' as const }, directory: {} };
    const yes = applyField(base, 'compliantNetwork', 'true');
    expect(yes.directory.compliantNetwork).toBe(true);
    expect(formValues(yes).compliantNetwork).toBe('true');
    expect(applyField(yes, 'compliantNetwork', 'false').directory.compliantNetwork).toBe(false);
    expect('compliantNetwork' in applyField(yes, 'compliantNetwork', '').directory).toBe(false);
  });
});
