import { describe, expect, test } from 'vitest';
import { diagnose } from '../../../src/lib/checker/diagnose';
import { parse } from '../../../src/lib/checker/parse';
import {
  list,
  notices,
  pasteProblem,
  say,
  statusLine,
  summarise,
} from '../../../src/lib/checker/verdict';
import type { Answers, TriedId } from '../../../src/lib/checker/types';
import { data, fixtures, t } from './helpers';

const cli = fixtures['53003-azure-cli-unregistered.txt'] ?? '';
const verdict = (text: string, answers: Answers = {}, tried: TriedId[] = []) => {
  const parsed = parse(text);
  return { parsed, diagnosis: diagnose(parsed, answers, data.en, tried) };
};
const title = (id: string) => data.en.causes.find((c) => c.id === id)?.title ?? id;

describe('what to say about a paste without text', () => {
  test.each([
    [['image/png'], '', 'image'],
    [['Files'], '', 'image'],
    [['text/plain'], '   ', 'empty'],
    [[], '', 'empty'],
    [['text/plain', 'image/png'], 'Error Code: 53003', undefined],
  ] as const)('%j %j → %s', (types, text, problem) => {
    expect(pasteProblem(types, text)).toBe(problem);
  });

  test('the picture notice says what to copy instead, in both languages', () => {
    const [line] = notices(parse(''), { pasted: false, cut: 0, maxChars: 10, problem: 'image' });
    expect(line && say(line, t.en)).toMatch(/Copy info to clipboard/);
    expect(line && say(line, t.it)).toMatch(/immagine/);
  });
});

describe('the status line', () => {
  test.each([
    ['a ranked cause', cli, {}, /Most likely cause: Device/],
    ['undecided: the causes named', cli, { vpn: 'yes' }, /do not tell .* apart/],
    [
      'another code',
      fixtures['50011-message-line-old-layout.txt'] ?? '',
      {},
      /does not come from Conditional Access/,
    ],
    ['an unknown code', 'Error Code: 90123', {}, /do not know code 90123/],
    [
      'page wording only: the requirement it names',
      'Help us keep your device secure',
      {},
      /Most likely cause: Device/,
    ],
    ['page wording only', "You don't have access to this", {}, /wording recognised/],
    ['nothing readable', 'hello', {}, /none of the fields/],
  ] as const)('%s', (_, text, answers, expected) => {
    const { parsed, diagnosis } = verdict(text, answers as Answers);
    const line = statusLine(parsed, diagnosis, { pasted: true, answered: false }, title, 'or');
    expect(say(line, t.en)).toMatch(expected);
  });

  test('lists read naturally', () => {
    expect(list(['A'], 'o')).toBe('A');
    expect(list(['A', 'B', 'C'], 'o')).toBe('A, B o C');
  });
});

describe('notices', () => {
  test('a conflict names the field in the page’s language', () => {
    const text =
      'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00\nRequest Id: e967519f-4d98-4796-922e-0db042238a00';
    const lines = notices(parse(text), { pasted: true, cut: 0, maxChars: 100 });
    expect(lines.map((l) => say(l, t.it)).join()).toMatch(
      /«ID richiesta \(Request Id\)» compare con valori diversi/,
    );
  });

  test('the requirement a message names is said to be one', () => {
    const lines = notices(
      parse('AADSTS53000: Device is not in required device state: compliant.'),
      {
        pasted: true,
        cut: 0,
        maxChars: 100,
      },
    );
    expect(lines.map((l) => say(l, t.en))).toContain(
      '“compliant” is what the policy requires, not your device’s state.',
    );
  });
});

describe('the short result on top', () => {
  test('the leading cause and its first step', () => {
    const { diagnosis } = verdict(cli, { devicecode: 'yes' });
    expect(summarise(diagnosis)).toMatchObject({ top: 'auth-flow', tied: [] });
    expect(summarise(diagnosis)?.step).toMatch(/without --use-device-code/);
  });

  test('no leader: the tied causes and the question, never a first cause', () => {
    const s = summarise(verdict(cli, { vpn: 'yes' }).diagnosis);
    expect(s?.top).toBeUndefined();
    expect(s?.tied).toEqual(['location', 'device']);
    expect(s?.question).toBe('owner');
  });

  test('a step already tried is skipped for the next one', () => {
    const first = summarise(verdict(cli, { private: 'yes' }).diagnosis)?.step;
    const next = summarise(verdict(cli, { private: 'yes' }, ['browser']).diagnosis)?.step;
    expect(next).not.toBe(first);
  });

  test('nothing to summarise for another code', () => {
    expect(
      summarise(verdict(fixtures['50011-message-line-old-layout.txt'] ?? '').diagnosis),
    ).toBeUndefined();
  });
});
