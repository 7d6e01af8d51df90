import { describe, expect, test } from 'vitest';
import en from '../../../src/content/i18n/en.json';
import caRules from '../../../src/data/ca-rules.json';
import { signInLogsStrings } from '../../../src/components/tools/sign-in-logs/strings';
import { textEncoding } from '../../../src/lib/sign-in-logs/decode';
import { defaultScope } from '../../../src/lib/sign-in-logs/query';
import { readSignInLog } from '../../../src/lib/sign-in-logs/read';
import { policyReasons } from '../../../src/lib/sign-in-logs/reasons';
import { fixture, must } from './helpers';

const strings = signInLogsStrings((key) => (en as Record<string, string>)[key] ?? '');
const labels = (kind: string) =>
  Object.fromEntries(caRules.filter((r) => r.kind === kind).map((r) => [r.value, r.label.en]));
const config = { strings, conditions: labels('condition'), rules: labels('rule') };
const { records } = readSignInLog(fixture('graph-beta.json'));

describe('the default scope of the event list', () => {
  test.each([
    [{ blocked: 3, conditionalAccessFailures: 5 }, 'blocked'],
    [{ blocked: 0, conditionalAccessFailures: 2 }, 'conditional-access'],
    [{ blocked: 0, conditionalAccessFailures: 0 }, 'all'],
  ] as const)('%j opens on %s', (summary, scope) => {
    expect(defaultScope(summary)).toBe(scope);
  });
});

describe('why a policy applied, in words', () => {
  test('the rules that caught the sign-in, then that no exclusion applied', () => {
    const why = policyReasons(must(records[0]?.policies?.[0]), config);
    expect(why.available).toBe(true);
    expect(why.lines).toEqual([
      strings['why.caught'].replace(
        '{rules}',
        [
          `${config.conditions.application}: ${config.rules.appId} (appId)`,
          `${config.conditions.users}: ${config.rules.roleId} (roleId)`,
          `${config.conditions.deviceState}: ${config.rules.deviceFilter} (deviceFilter)`,
        ].join('; '),
      ),
      strings['why.noExclusion'],
    ]);
  });
  test('the exclusion that spared a sign-in', () => {
    const why = policyReasons(must(records[3]?.policies?.[1]), config);
    expect(why.lines).toContain(
      strings['why.excluded'].replace(
        '{rules}',
        `${config.conditions.location}: ${config.rules.allTrustedLocations} (allTrustedLocations)`,
      ),
    );
    expect(why.lines).not.toContain(strings['why.noExclusion']);
  });
  test('a record without the beta fields has no lines and says so', () => {
    const bare = {
      ...must(records[0]?.policies?.[0]),
      includeRules: null,
      excludeRules: null,
      conditionsSatisfied: null,
      conditionsNotSatisfied: null,
    };
    expect(policyReasons(bare, config)).toEqual({ lines: [], available: false });
  });
});

describe('the text encoding of a file', () => {
  test.each([
    [[0xff, 0xfe, 0x7b, 0x00], 'utf-16le'],
    [[0xfe, 0xff, 0x00, 0x7b], 'utf-16be'],
    [[0xef, 0xbb, 0xbf, 0x7b], 'utf-8'],
    [[0x7b, 0x22], 'utf-8'],
    [[0xff], 'utf-8'],
    [[], 'utf-8'],
  ] as const)('%j is %s', (bytes, label) => {
    expect(textEncoding(Uint8Array.from(bytes))).toBe(label);
  });
  test('what it names decodes the file: Excel’s "Unicode text" reads as UTF-16', () => {
    const bytes = Uint8Array.from([
      0xff,
      0xfe,
      ...[...'Città'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(new TextDecoder(textEncoding(bytes)).decode(bytes)).toBe('Città');
  });
});
