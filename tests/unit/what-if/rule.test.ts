import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  MAX_RULE_DEPTH,
  MAX_RULE_LENGTH,
  deviceView,
  evaluateRule,
  lintRule,
  operators,
  parseRule,
  printRule,
  safeRegex,
  type Operator,
  type RuleNode,
  type RuleScalar,
} from '../../../src/lib/what-if/rule';
import type { DeviceInfo, Tri } from '../../../src/lib/what-if/types';
import { device } from './helpers';

function run(rule: string, dev: DeviceInfo | undefined): Tri {
  const parsed = parseRule(rule);
  if (!parsed.ok) throw new Error(`${rule}: ${parsed.error.key}`);
  return evaluateRule(parsed.ast, deviceView(dev), rule).result;
}

/** Removes offsets so trees can be compared after a round trip. */
function strip(n: RuleNode): unknown {
  if (n.type === 'cmp') return { p: n.property, o: n.operator, v: n.value };
  if (n.type === 'not') return { not: strip(n.operand) };
  return { [n.type]: [strip(n.left), strip(n.right)] };
}

describe('parser', () => {
  test.each([
    ['device.trustType -eq "ServerAD"', 'device.trustType -eq "ServerAD"'],
    ['(device.trustType -eq "ServerAD")', 'device.trustType -eq "ServerAD"'],
    ['device.model -EQ "x"', 'device.model -eq "x"'],
    ['device.model eq "x"', 'device.model -eq "x"'],
    ['device.model \u2013eq "x"', 'device.model -eq "x"'],
    ["device.model -eq 'it''s'", 'device.model -eq "it\'s"'],
    ['device.model -eq "say `"hi`""', 'device.model -eq "say `"hi`""'],
    ['device.isCompliant -eq True', 'device.isCompliant -eq true'],
    ['device.extensionAttribute1 -ne null', 'device.extensionAttribute1 -ne null'],
    ['device.mdmAppId -in ["a","b"]', 'device.mdmAppId -in ["a", "b"]'],
    ['device.mdmAppId -notIn []', 'device.mdmAppId -notIn []'],
    [
      'device.a -eq "1" -or device.b -eq "2" -and device.c -eq "3"',
      'device.a -eq "1" -or device.b -eq "2" -and device.c -eq "3"',
    ],
    [
      '(device.a -eq "1" -or device.b -eq "2") -and device.c -eq "3"',
      '(device.a -eq "1" -or device.b -eq "2") -and device.c -eq "3"',
    ],
    ['-not device.a -eq "1" -and device.b -eq "2"', '-not device.a -eq "1" -and device.b -eq "2"'],
    [
      '-not (device.a -eq "1" -and device.b -eq "2")',
      '-not (device.a -eq "1" -and device.b -eq "2")',
    ],
    [
      'device.a -eq "1" -and (device.b -eq "2" -and device.c -eq "3")',
      'device.a -eq "1" -and (device.b -eq "2" -and device.c -eq "3")',
    ],
    [
      'device.operatingSystemVersion -startsWith 10.0',
      'device.operatingSystemVersion -startsWith 10.0',
    ],
  ])('%s', (rule, printed) => {
    const r = parseRule(rule);
    expect(r.ok).toBe(true);
    if (r.ok) expect(printRule(r.ast)).toBe(printed);
  });

  test('precedence: -and binds tighter than -or, -not tighter than -and', () => {
    const r = parseRule('-not device.a -eq "1" -and device.b -eq "2" -or device.c -eq "3"');
    expect(r.ok && strip(r.ast)).toEqual({
      or: [
        {
          and: [
            { not: { p: 'a', o: 'eq', v: { kind: 'string', value: '1' } } },
            { p: 'b', o: 'eq', v: { kind: 'string', value: '2' } },
          ],
        },
        { p: 'c', o: 'eq', v: { kind: 'string', value: '3' } },
      ],
    });
  });

  test.each([
    ['', 'rule.empty', 0],
    ['device.a -eq', 'rule.expectedValue', 12],
    ['device.a -eq "x', 'rule.unterminatedString', 13],
    ['device.a -equals "x"', 'rule.unknownOperator', 9],
    ['device.a "x"', 'rule.expectedOperator', 9],
    ['user.a -eq "x"', 'rule.notDeviceProperty', 0],
    ['(device.a -eq "x"', 'rule.unclosedParen', 17],
    ['device.a -eq "x")', 'rule.unmatchedParen', 16],
    ['device.a -eq "x" device.b -eq "y"', 'rule.expectedLogic', 17],
    ['device.a -eq "x" -and', 'rule.unexpectedEnd', 21],
    ['device.a -in "x"', 'rule.expectedList', 13],
    ['device.a -eq ["x"]', 'rule.unexpectedList', 13],
    ['device.a -in ["x"', 'rule.unclosedList', 17],
    ['device.a -startsWith null', 'rule.nullOperator', 21],
    ['device.a -eq foo', 'rule.expectedValue', 13],
    ['device.a -eq "x" ; drop', 'rule.unexpectedCharacter', 17],
    ['-and device.a -eq "x"', 'rule.expectedProperty', 0],
  ])('error in %j: %s at %i', (rule, key, offset) => {
    const r = parseRule(rule);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ key, offset });
  });

  test('the documented 3072-character limit', () => {
    const ok = `device.model -eq "${'x'.repeat(MAX_RULE_LENGTH - 19)}"`;
    expect(ok.length).toBe(MAX_RULE_LENGTH);
    expect(parseRule(ok).ok).toBe(true);
    const r = parseRule(`${ok} `);
    expect(!r.ok && r.error.key).toBe('rule.tooLong');
  });

  test('deep nesting is refused with a position, not a stack overflow', () => {
    const r = parseRule(
      `${'('.repeat(MAX_RULE_DEPTH + 5)}device.a -eq "x"${')'.repeat(MAX_RULE_DEPTH + 5)}`,
    );
    expect(!r.ok && r.error.key).toBe('rule.tooDeep');
    const many = parseRule(`${'-not '.repeat(500)}device.a -eq "x"`);
    expect(!many.ok && many.error.key).toBe('rule.tooDeep');
  });

  test('lint: properties and operators Learn does not list', () => {
    const r = parseRule(
      'device.deviceCategory -eq "x" -and device.trustType -startsWith "A" -and device.model -match "^S"',
    );
    expect(r.ok && lintRule(r.ast).map((x) => x.key)).toEqual([
      'rule.unsupportedProperty',
      'rule.unsupportedOperator',
      'rule.matchNotListed',
    ]);
  });
});

/**
 * Learn, "Conditional Access: Filter for devices", section "Policy behavior with filter for
 * devices": one row per registration state and operator kind. "Device filter applied" is
 * whether the rule matches the device; in include mode that puts the device in scope, in
 * exclude mode it takes the device out.
 */
describe('documented behaviour table', () => {
  const unregistered = undefined;
  const registered = device({
    trustType: 'AzureAD',
    isCompliant: false,
    mdmAppId: null,
    model: 'Surface Pro',
    extensionAttributes: { 1: 'SAW' },
  });
  const intune = device({
    trustType: 'AzureAD',
    isCompliant: false,
    mdmAppId: '0000000a-0000-0000-c000-000000000000',
    extensionAttributes: { 1: 'SAW' },
  });
  const compliantNotIntune = device({
    trustType: 'Workplace',
    isCompliant: true,
    mdmAppId: null,
    extensionAttributes: { 1: 'SAW' },
  });
  const hybridNotIntune = device({
    trustType: 'ServerAD',
    isCompliant: false,
    mdmAppId: null,
    extensionAttributes: { 1: 'SAW' },
  });
  const plainNotIntune = device({
    trustType: 'Workplace',
    isCompliant: false,
    mdmAppId: null,
    extensionAttributes: { 1: 'SAW' },
  });

  test.each([
    // row 1: positive operators, any attribute, unregistered → not applied
    ['positive, unregistered', 'device.model -eq "Surface Pro"', unregistered, 'no'],
    ['positive (startsWith), unregistered', 'device.model -startsWith "S"', unregistered, 'no'],
    ['positive (endsWith), unregistered', 'device.model -endsWith "o"', unregistered, 'no'],
    [
      'positive (contains), unregistered',
      'device.systemLabels -contains "M365Managed"',
      unregistered,
      'no',
    ],
    ['positive (in), unregistered', 'device.deviceId -in ["x"]', unregistered, 'no'],
    [
      'positive on extension attribute, unregistered',
      'device.extensionAttribute1 -eq "SAW"',
      unregistered,
      'no',
    ],
    // row 2: positive, not extension attributes, registered → if criteria are met
    ['positive, registered, met', 'device.model -eq "surface pro"', registered, 'yes'],
    ['positive, registered, not met', 'device.model -eq "Surface Go"', registered, 'no'],
    // row 3: positive, extension attributes, Intune-managed → if criteria are met
    ['positive ext, Intune, met', 'device.extensionAttribute1 -eq "SAW"', intune, 'yes'],
    ['positive ext, Intune, not met', 'device.extensionAttribute1 -eq "PAW"', intune, 'no'],
    // row 4: positive, extension attributes, not Intune: only if compliant or hybrid joined
    [
      'positive ext, compliant not Intune, met',
      'device.extensionAttribute1 -eq "SAW"',
      compliantNotIntune,
      'yes',
    ],
    [
      'positive ext, hybrid not Intune, met',
      'device.extensionAttribute1 -eq "SAW"',
      hybridNotIntune,
      'yes',
    ],
    [
      'positive ext, neither, value hidden',
      'device.extensionAttribute1 -eq "SAW"',
      plainNotIntune,
      'no',
    ],
    // row 5: negative operators, any attribute, unregistered → applied
    ['negative, unregistered', 'device.model -ne "Surface Pro"', unregistered, 'yes'],
    [
      'negative (notStartsWith), unregistered',
      'device.model -notStartsWith "S"',
      unregistered,
      'yes',
    ],
    ['negative (notEndsWith), unregistered', 'device.model -notEndsWith "o"', unregistered, 'yes'],
    [
      'negative (notContains), unregistered',
      'device.systemLabels -notContains "M365Managed"',
      unregistered,
      'yes',
    ],
    ['negative (notIn), unregistered', 'device.deviceId -notIn ["x"]', unregistered, 'yes'],
    ['negative ext, unregistered', 'device.extensionAttribute1 -ne "SAW"', unregistered, 'yes'],
    // row 6: negative, not extension attributes, registered → if criteria are met
    ['negative, registered, met', 'device.model -ne "Surface Go"', registered, 'yes'],
    ['negative, registered, not met', 'device.model -ne "SURFACE PRO"', registered, 'no'],
    // row 7: negative, extension attributes, Intune-managed → if criteria are met
    ['negative ext, Intune, met', 'device.extensionAttribute1 -ne "PAW"', intune, 'yes'],
    ['negative ext, Intune, not met', 'device.extensionAttribute1 -ne "SAW"', intune, 'no'],
    // row 8: negative, extension attributes, not Intune: value visible only if compliant/hybrid
    [
      'negative ext, compliant not Intune, not met',
      'device.extensionAttribute1 -ne "SAW"',
      compliantNotIntune,
      'no',
    ],
    [
      'negative ext, neither, value hidden so null',
      'device.extensionAttribute1 -ne "SAW"',
      plainNotIntune,
      'yes',
    ],
  ] as const)('%s', (_name, rule, dev, expected) => {
    expect(run(rule, dev)).toBe(expected);
  });

  test('extension attribute when management is not known: unknown only if it matters', () => {
    const maybe = device({ extensionAttributes: { 1: 'SAW' } });
    expect(run('device.extensionAttribute1 -eq "SAW"', maybe)).toBe('unknown');
    // "PAW" is false whether the value is visible or not.
    expect(run('device.extensionAttribute1 -eq "PAW"', maybe)).toBe('no');
  });

  test('a registered device with a property not given is unknown, not a match', () => {
    expect(run('device.model -eq "x"', device())).toBe('unknown');
    expect(run('device.model -ne "x"', device())).toBe('unknown');
    expect(
      run(
        'device.model -eq "x" -and device.trustType -eq "AzureAD"',
        device({ trustType: 'Workplace' }),
      ),
    ).toBe('no');
    expect(
      run(
        'device.model -eq "x" -or device.trustType -eq "AzureAD"',
        device({ trustType: 'AzureAD' }),
      ),
    ).toBe('yes');
  });

  test('-not flips the documented unregistered rule', () => {
    expect(run('-not (device.model -eq "x")', undefined)).toBe('yes');
    expect(run('-not (device.model -ne "x")', undefined)).toBe('no');
  });

  test('null literals: clear on registered devices, unknown on unregistered ones', () => {
    expect(run('device.model -eq null', device({ model: null }))).toBe('yes');
    expect(run('device.model -ne null', device({ model: 'x' }))).toBe('yes');
    expect(run('device.model -eq null', undefined)).toBe('unknown');
  });
});

describe('operators on a registered device', () => {
  const dev = device({
    displayName: 'LAPTOP-Rossi',
    isCompliant: true,
    trustType: 'ServerAD',
    systemLabels: ['AzureResource', 'MultiUser'],
    physicalIds: ['[ZTDId]:abc', '[OrderId]:42'],
    operatingSystemVersion: '10.0.22631',
    ownership: 'Company',
  });
  test.each([
    ['device.displayName -eq "laptop-rossi"', 'yes'],
    ['device.displayName -ne "laptop-rossi"', 'no'],
    ['device.displayName -startsWith "LAPTOP"', 'yes'],
    ['device.displayName -notStartsWith "laptop"', 'no'],
    ['device.displayName -endsWith "ROSSI"', 'yes'],
    ['device.displayName -notEndsWith "bianchi"', 'yes'],
    ['device.displayName -contains "top-r"', 'yes'],
    ['device.displayName -notContains "top-r"', 'no'],
    ['device.displayName -in ["a", "Laptop-Rossi"]', 'yes'],
    ['device.displayName -notIn ["a", "b"]', 'yes'],
    ['device.displayName -match "^lap.*si$"', 'yes'],
    ['device.displayName -notMatch "^lap"', 'no'],
    ['device.isCompliant -eq "True"', 'yes'],
    ['device.isCompliant -eq true', 'yes'],
    ['device.isCompliant -eq false', 'no'],
    ['device.trustType -eq "serverad"', 'yes'],
    ['device.deviceOwnership -eq "Company"', 'yes'],
    // Collections: Contains matches a whole element (Learn's note).
    ['device.systemLabels -contains "MultiUser"', 'yes'],
    ['device.systemLabels -contains "Multi"', 'no'],
    ['device.systemLabels -notContains "M365Managed"', 'yes'],
    ['device.physicalIds -contains "[ZTDId]:abc"', 'yes'],
    ['device.physicalIds -notContains "[zTdId]:ABC"', 'no'],
    ['device.operatingSystemVersion -startsWith "10.0"', 'yes'],
    ['device.operatingSystemVersion -in ["10.0.22631", "10.0.19045"]', 'yes'],
    ['device.trustType -eq "ServerAD" -and device.isCompliant -eq "False"', 'no'],
    ['device.trustType -eq "AzureAD" -or device.isCompliant -eq "True"', 'yes'],
  ] as const)('%s → %s', (rule, expected) => {
    expect(run(rule, dev)).toBe(expected);
  });
});

describe('regular expressions are safe', () => {
  test.each([
    ['(a+)+$', null],
    ['(a*)*b', null],
    ['(x|y)\\1', null],
    ['[unclosed', null],
    ['x'.repeat(300), null],
  ])('%s is refused', (pattern, expected) => {
    expect(safeRegex(pattern)).toBe(expected);
  });
  test('an unsafe pattern evaluates to unknown with a note, quickly', () => {
    const rule = 'device.displayName -match "(a+)+$"';
    const parsed = parseRule(rule);
    if (!parsed.ok) throw new Error('did not parse');
    const start = performance.now();
    const r = evaluateRule(
      parsed.ast,
      deviceView(device({ displayName: `${'a'.repeat(40)}!` })),
      rule,
    );
    expect(performance.now() - start).toBeLessThan(50);
    expect(r.result).toBe('unknown');
    expect(r.notes.map((n) => n.key)).toContain('rule.unsafeRegex');
  });
});

// ---------------------------------------------------------------- property-based

const props = ['model', 'displayName', 'trustType', 'extensionAttribute1', 'systemLabels'] as const;
const word = fc.string({ maxLength: 8 }).filter((s) => !s.includes('\u0000'));
const scalarArb: fc.Arbitrary<RuleScalar> = fc.oneof(
  word.map((value): RuleScalar => ({ kind: 'string', value })),
  fc.boolean().map((value): RuleScalar => ({ kind: 'bool', value })),
  fc.nat(999).map((n): RuleScalar => ({ kind: 'number', value: String(n) })),
);
const plainOps = operators.filter((o) => o !== 'match' && o !== 'notMatch');
const cmpArb: fc.Arbitrary<RuleNode> = fc
  .record({
    property: fc.constantFrom(...props),
    operator: fc.constantFrom(...plainOps),
    scalar: scalarArb,
    list: fc.array(scalarArb, { maxLength: 3 }),
  })
  .map(({ property, operator, scalar, list }) => ({
    type: 'cmp',
    property,
    operator: operator as Operator,
    value: operator === 'in' || operator === 'notIn' ? list : scalar,
    start: 0,
    end: 0,
  }));
const { tree } = fc.letrec<{ tree: RuleNode }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    cmpArb,
    tie('tree').map((operand): RuleNode => ({ type: 'not', operand })),
    fc
      .tuple(fc.constantFrom('and' as const, 'or' as const), tie('tree'), tie('tree'))
      .map(([type, left, right]): RuleNode => ({ type, left, right })),
  ),
}));

/** A direct evaluation of the tree, independent of the parser: the reference for precedence. */
function reference(n: RuleNode, d: DeviceInfo | undefined): Tri {
  if (n.type === 'cmp') {
    const text = printRule(n);
    return run(text, d);
  }
  if (n.type === 'not') {
    const v = reference(n.operand, d);
    return v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'unknown';
  }
  const l = reference(n.left, d);
  const r = reference(n.right, d);
  if (n.type === 'and')
    return l === 'no' || r === 'no' ? 'no' : l === 'yes' && r === 'yes' ? 'yes' : 'unknown';
  return l === 'yes' || r === 'yes' ? 'yes' : l === 'no' && r === 'no' ? 'no' : 'unknown';
}

const deviceArb: fc.Arbitrary<DeviceInfo | undefined> = fc.option(
  fc
    .record({
      model: fc.option(word, { nil: undefined }),
      displayName: word,
      trustType: fc.constantFrom('AzureAD', 'ServerAD', 'Workplace'),
      isCompliant: fc.boolean(),
      systemLabels: fc.array(word, { maxLength: 3 }),
      ext: word,
    })
    .map(({ ext, model, ...rest }) =>
      device({
        ...rest,
        ...(model === undefined ? {} : { model }),
        mdmAppId: null,
        extensionAttributes: { 1: ext },
      }),
    ),
  { nil: undefined },
);

describe('properties', () => {
  test('print then parse gives the same tree', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const text = printRule(t);
        fc.pre(text.length <= MAX_RULE_LENGTH);
        const back = parseRule(text);
        expect(back.ok).toBe(true);
        if (back.ok) expect(strip(back.ast)).toEqual(strip(t));
      }),
      { numRuns: 300 },
    );
  });

  test('the printed rule evaluates like the tree (precedence and parentheses are right)', () => {
    fc.assert(
      fc.property(tree, deviceArb, (t, d) => {
        const text = printRule(t);
        fc.pre(text.length <= MAX_RULE_LENGTH);
        expect(run(text, d)).toBe(reference(t, d));
      }),
      { numRuns: 200 },
    );
  });

  test('never throws on arbitrary text, and errors point inside the text', () => {
    const tokens = fc.constantFrom(
      'device.model',
      '-eq',
      '-and',
      '-or',
      '-not',
      '(',
      ')',
      '[',
      ']',
      ',',
      '"x"',
      "'y'",
      'true',
      'null',
      '-in',
      ' ',
      '`',
      '"',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(tokens, { maxLength: 40 }).map((a) => a.join(' ')),
        ),
        (s) => {
          const r = parseRule(s);
          if (!r.ok) {
            expect(r.error.offset).toBeGreaterThanOrEqual(0);
            expect(r.error.offset).toBeLessThanOrEqual(Math.max(s.length, MAX_RULE_LENGTH));
            expect(r.error.key).toMatch(/^rule\./);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
