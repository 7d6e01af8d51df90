import { describe, expect, test } from 'vitest';
import en from '../../../src/content/i18n/en.json';
import caRules from '../../../src/data/ca-rules.json';
import { signInLogsStrings } from '../../../src/components/tools/sign-in-logs/strings';
import { EncodingRestart, StreamDecoder } from '../../../src/lib/sign-in-logs/decode';
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
  /** Decodes bytes pushed in pieces of `size`; the encoding chosen and the text. */
  const decode = (bytes: number[], size = 2) => {
    const decoder = new StreamDecoder();
    let text = '';
    for (let i = 0; i < bytes.length; i += size)
      text += decoder.push(Uint8Array.from(bytes.slice(i, i + size)));
    text += decoder.end();
    return [decoder.encoding, text];
  };
  const utf16 = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

  test.each([
    ['Excel’s "Unicode text" (UTF-16 LE, mark)', [0xff, 0xfe, ...utf16('Città')], 'utf-16le'],
    ['UTF-16 BE with its mark', [0xfe, 0xff, 0, 0x43, 0, 0x69], 'utf-16be'],
    ['UTF-16 LE without a mark', utf16('Città'), 'utf-16le'],
    ['UTF-8 with a mark', [0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa0], 'utf-8-bom'],
    ['UTF-8', [0x43, 0x69, 0xc3, 0xa0, 0x20], 'utf-8'],
    ['Windows-1252 from the first piece', [0x43, 0x69, 0x74, 0xe0, 0x20], 'windows-1252'],
  ] as const)('%s', (_, bytes, encoding) => {
    expect(decode([...bytes], 64)[0]).toBe(encoding);
  });

  test('the text comes out whole, marks removed, whatever the piece size', () => {
    for (const size of [1, 2, 3, 64])
      expect(decode([0xff, 0xfe, ...utf16('Città')], size)[1]).toBe('Città');
  });

  test('Windows-1252 found late: the file is to be read again', () => {
    const decoder = new StreamDecoder();
    decoder.push(new TextEncoder().encode('plain ascii text, long enough'));
    expect(() => decoder.push(Uint8Array.from([0x43, 0xe0, 0x20]))).toThrow(EncodingRestart);
    const again = new StreamDecoder('windows-1252');
    expect(again.push(Uint8Array.from([0x43, 0x69, 0x74, 0x74, 0xe0])) + again.end()).toBe('Città');
  });
});
