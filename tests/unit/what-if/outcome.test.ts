import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import { carriesEvaluation } from '../../../src/lib/what-if/fragment';
import {
  blockingPolicies,
  policyGroups,
  portalLabelSentence,
  ruleCaret,
} from '../../../src/lib/what-if/outcome';
import { readInputs } from '../../../src/lib/what-if/read-inputs';
import { parseRule } from '../../../src/lib/what-if/rule';
import type { PolicyResult } from '../../../src/lib/what-if/types';
import { baseScenario, fixtureText, policy } from './helpers';

/** A policy result with only what the grouping reads. */
const result = (p: Partial<PolicyResult>): PolicyResult => ({
  id: 'x',
  displayName: 'x',
  state: 'enabled',
  reportOnly: false,
  applies: 'yes',
  conditions: [],
  blocks: false,
  sessionControls: [],
  exclusions: [],
  issues: [],
  ...p,
});

describe('the policies that get "why wasn\'t I excluded?"', () => {
  test('enabled, blocking, applying or possibly applying; never report-only', () => {
    const policies = [
      result({ id: 'a', blocks: true }),
      result({ id: 'b', blocks: true, applies: 'unknown' }),
      result({ id: 'c', blocks: true, applies: 'no' }),
      result({
        id: 'd',
        blocks: true,
        reportOnly: true,
        state: 'enabledForReportingButNotEnforced',
      }),
      result({ id: 'e', blocks: false }),
      result({ id: 'f', blocks: true, state: 'disabled', applies: 'no' }),
    ];
    expect(blockingPolicies({ policies }).map((p) => p.id)).toEqual(['a', 'b']);
  });
  test('on a real evaluation', () => {
    const r = evaluate({ policies: [policy()], scenario: baseScenario() });
    expect(blockingPolicies(r).map((p) => p.id)).toEqual(['p']);
  });
});

test('the policy list groups enforced, report-only and disabled; an unread state goes first', () => {
  const policies = [
    result({ id: 'on' }),
    result({ id: 'ro', reportOnly: true, state: 'enabledForReportingButNotEnforced' }),
    result({ id: 'off', state: 'disabled' }),
    result({ id: 'odd', state: 'weird' as PolicyResult['state'] }),
  ];
  expect(policyGroups({ policies }).map((g) => [g.kind, g.policies.map((p) => p.id)])).toEqual([
    ['enforced', ['on', 'odd']],
    ['reportOnly', ['ro']],
    ['disabled', ['off']],
  ]);
});

describe('the caret under a rule that does not parse', () => {
  test('a one-line rule: the caret sits at the error', () => {
    const rule = 'device.trustType -eq "AzureAD" -and (device.isCompliant -eq True';
    const parsed = parseRule(rule);
    if (parsed.ok) throw new Error('the rule was meant to be broken');
    const caret = ruleCaret(rule, parsed.error.offset ?? 0);
    expect(caret.before).toBe(rule);
    expect(caret.caret.indexOf('^')).toBe(parsed.error.offset);
    expect(caret.after).toBe('');
  });
  test('a rule over lines: the caret goes under the line with the error', () => {
    const rule = 'device.model -eq "a"\n-and device.x -zz "b"\n-or device.y -eq "c"';
    const at = rule.indexOf('-zz');
    expect(ruleCaret(rule, at)).toEqual({
      before: 'device.model -eq "a"\n-and device.x -zz "b"',
      caret: `${' '.repeat('-and device.x '.length)}^`,
      after: '\n-or device.y -eq "c"',
    });
  });
  test('columns count characters, not UTF-16 units', () => {
    expect(ruleCaret('device.model -eq "😀" x', 22).caret).toBe(`${' '.repeat(21)}^`);
  });
  test('an offset out of range stays within the rule', () => {
    expect(ruleCaret('abc', 99)).toEqual({ before: 'abc', caret: '   ^', after: '' });
    expect(ruleCaret('\nabc', 0)).toEqual({ before: '', caret: '^', after: '\nabc' });
  });
});

test('a portal label in one of our strings is set apart for italics', () => {
  expect(portalLabelSentence('Uses Block access here.', 'Block access').parts).toEqual([
    { text: 'Uses ', em: false },
    { text: 'Block access', em: true },
    { text: ' here.', em: false },
  ]);
  expect(portalLabelSentence('Blocca l’accesso.', 'Block access').parts).toEqual([
    { text: 'Blocca l’accesso.', em: false },
  ]);
});

describe('a fragment that carries an evaluation', () => {
  test.each([
    ['#policies=%5B%5D', true],
    ['#scenario=%7B%7D', true],
    ['locations=%5B%5D', true],
    ['#a=1&scenario=%7B%7D', true],
    ['#limits', false],
    ['#how-it-works', false],
    ['', false],
    ['#policiesx=1', false],
  ] as const)('%s: %s', (hash, carries) => {
    expect(carriesEvaluation(hash)).toBe(carries);
  });
});

describe('reading the three boxes', () => {
  const policies = fixtureText('policies.json');
  test('everything reads: the input, and a warning for a scenario without a resource', () => {
    const read = readInputs({ policies, locations: '', scenario: '' });
    if (!read.ok) throw new Error('expected to read');
    expect(read.input.locations).toBeUndefined();
    expect(read.input.scenario).toEqual({ identity: { kind: 'user' }, directory: {} });
    expect(read.warnings.map((w) => w.key)).toContain('scenario.noContext');
  });
  test('each box that does not read says why, in the order of the page', () => {
    const read = readInputs({ policies: '  ', locations: '[{', scenario: 'nope' });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => ('missing' in p ? `${p.part}: missing` : p.part))).toEqual([
      'policies: missing',
      'locations',
      'scenario',
    ]);
  });
  test('what the page evaluates goes through the readers of every shape: a wrong file is refused', () => {
    const signIns = readFileSync(
      join(import.meta.dirname, '..', 'sign-in-logs', 'fixtures', 'graph-v1.json'),
      'utf8',
    );
    const asPolicies = readInputs({ policies: signIns, locations: '', scenario: '' });
    expect(asPolicies).toMatchObject({
      ok: false,
      problems: [{ part: 'policies', error: { key: 'shape.signIn.policy' } }],
    });
    const locations = fixtureText('named-locations.json');
    const swapped = readInputs({ policies: locations, locations: policies, scenario: '' });
    expect(swapped.ok).toBe(false);
    if (swapped.ok) return;
    expect(swapped.problems.map((p) => 'error' in p && p.error.key)).toEqual([
      'shape.location.policy',
      'shape.policy.location',
    ]);
  });
  test('one broken box is enough to refuse', () => {
    const read = readInputs({ policies: '{"value": [', locations: '', scenario: '' });
    expect(read).toMatchObject({ ok: false, problems: [{ part: 'policies' }] });
  });
});
