import { describe, expect, test } from 'vitest';
import {
  decodeState,
  emptyState,
  encodeState,
  safeDecode,
  type CheckerState,
} from '../../../src/lib/checker/state';
import { MAX_CHARS } from '../../../src/lib/checker/parse';
import { fixtures } from './helpers';

const state = (over: Partial<CheckerState>): CheckerState => ({ ...emptyState(), ...over });

describe('state in the URL fragment', () => {
  test('the shape the issue describes', () => {
    expect(
      encodeState(
        state({
          details: 'Error Code: 53003',
          answers: {
            vpn: 'yes',
            abroad: 'no',
            client: 'browser',
            private: 'no',
            owner: 'work',
            devicecode: 'no',
          },
        }),
      ),
    ).toBe(
      'details=Error%20Code%3A%2053003&vpn=yes&abroad=no&client=browser&private=no&owner=work&devicecode=no',
    );
  });

  test('a blank form is an empty fragment', () => {
    expect(encodeState(emptyState())).toBe('');
  });

  test.each(Object.keys(fixtures))('round-trips %s with answers, tried and redact', (file) => {
    const s = state({
      details: fixtures[file] ?? '',
      answers: { vpn: 'no', client: 'cli', owner: 'personal' },
      tried: ['network', 'flagging'],
      redact: true,
    });
    expect(decodeState(`#${encodeState(s)}`)).toEqual(s);
  });

  test.each([
    ['Italian accents and quotes', 'città, perché «così»'],
    ['emoji', 'blocked 🚫 again'],
    ['reserved characters', 'a&b=c#d%e+f?g/h'],
    ['CRLF and tabs', 'a\r\nb\tc'],
    ['markup', '<img src=x onerror=alert(1)>'],
  ])('round-trips %s', (_, details) => {
    expect(decodeState(encodeState(state({ details })))?.details).toBe(details);
  });

  test('a lone surrogate (a paste cut in the middle of an emoji) does not throw', () => {
    const cut = 'abc🚫'.slice(0, 4);
    expect(() => encodeState(state({ details: cut }))).not.toThrow();
    expect(decodeState(encodeState(state({ details: cut })))?.details).toBe('abc\ufffd');
  });

  test('keeps only the first MAX_CHARS characters', () => {
    const big = 'x'.repeat(MAX_CHARS + 10);
    expect(decodeState(encodeState(state({ details: big })))?.details).toHaveLength(MAX_CHARS);
    expect(decodeState(`details=${big}`)?.details).toHaveLength(MAX_CHARS);
  });

  test.each([
    ['nothing', ''],
    ['a bare hash', '#'],
    ['a heading anchor', '#how-it-works'],
    ['unknown keys', '#foo=bar&baz'],
  ])('%s is not ours', (_, hash) => {
    expect(decodeState(hash)).toBeUndefined();
  });

  test.each<[string, string, Partial<CheckerState>]>([
    [
      'an escape cut short',
      '#details=Error%20Code%3A%2053003%E2%8',
      { details: 'Error Code: 53003\ufffd%8' },
    ],
    ['a stray percent sign', '#details=100%&vpn=yes', { details: '100%', answers: { vpn: 'yes' } }],
    ['invalid UTF-8', '#details=%C3%28', { details: '\ufffd(' }],
    [
      'upper-case keys and values',
      '#VPN=YES&Owner=Work',
      { answers: { vpn: 'yes', owner: 'work' } },
    ],
    ['values with spaces', '#vpn=%20no%20', { answers: { vpn: 'no' } }],
    ['an unknown value', '#vpn=maybe&abroad=yes', { answers: { abroad: 'yes' } }],
    ['a repeated key: the first wins', '#details=a&details=b', { details: 'a' }],
    ['an empty value', '#details=&vpn=', {}],
    ['a key without a value', '#details&vpn=no', { answers: { vpn: 'no' } }],
    ['unknown keys around', '#utm=1&vpn=no&x', { answers: { vpn: 'no' } }],
    ['empty pairs', '#&&vpn=no&&', { answers: { vpn: 'no' } }],
    ['tried with junk', '#tried=network,,foo,%20browser', { tried: ['network', 'browser'] }],
    ['redact spelled differently', '#redact=TRUE', { redact: true }],
    ['redact off', '#redact=no&vpn=no', { answers: { vpn: 'no' } }],
    ['a plus sign stays a plus sign', '#details=a+b', { details: 'a+b' }],
    ['an encoded ampersand', '#details=a%26vpn%3Dyes', { details: 'a&vpn=yes' }],
    ['an encoded key', '#%64etails=x', { details: 'x' }],
  ])('reads a broken fragment: %s', (_, hash, want) => {
    expect(decodeState(hash)).toEqual(state(want));
  });

  test('safeDecode never throws', () => {
    for (const s of ['%', '%%', '%zz', '%E2%82', '%FF%FE', '%C0%80', '%ED%A0%80'])
      expect(() => safeDecode(s)).not.toThrow();
    expect(safeDecode('%41%42%43')).toBe('ABC');
  });
});
