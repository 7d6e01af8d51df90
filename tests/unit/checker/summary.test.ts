import { describe, expect, test } from 'vitest';
import { runChecker } from '../../../src/lib/checker/index';
import { emptyState, type CheckerState } from '../../../src/lib/checker/state';
import {
  causesMessage,
  causesTitle,
  formatsLine,
  list,
  notices,
  pasteProblem,
  problemLine,
  statusLine,
  summarise,
  visibleBlocks,
} from '../../../src/lib/checker/summary';
import type { Answers, TriedId } from '../../../src/lib/checker/types';
import { context, data, fixtures, t } from './helpers';

const d = data.en;
const title = (id: string) => d.causes.find((c) => c.id === id)?.title ?? id;
const ctx = { t: t.en, locale: 'en', maxChars: 65_536, cut: 0, causeTitle: title };
const cli = fixtures['53003-azure-cli-unregistered.txt'] ?? '';

/** A state and the checker's result for it. */
function run(patch: Partial<CheckerState> = {}) {
  const state = { ...emptyState(), ...patch };
  const result = runChecker(
    state.details,
    state.answers,
    d,
    { locale: 'en', ...context },
    state.tried,
  );
  return { state, result };
}
const answered = (details: string, answers: Answers = {}, tried: TriedId[] = []) =>
  run({ details, answers, tried });

describe('the status line', () => {
  test('idle before anything is given', () => {
    const { state, result } = run();
    expect(statusLine(state, result, ctx)).toBe(t.en('checker.status.idle'));
  });
  test('nothing recognised in a paste', () => {
    const { state, result } = run({ details: fixtures['synthetic-garbage.txt'] ?? '' });
    expect(statusLine(state, result, ctx)).toBe(t.en('checker.status.nothing'));
  });
  test('a code that is not Conditional Access says so', () => {
    const { state, result } = run({ details: 'Error Code: 50011' });
    expect(result.diagnosis.status).toBe('not-ca');
    expect(statusLine(state, result, ctx)).toBe(t.en('checker.status.notCa', { code: '50011' }));
  });
  test('a ranking names its first cause and counts the fields', () => {
    const { state, result } = run({ details: cli });
    const top = result.diagnosis.causes[0]?.id ?? '';
    expect(statusLine(state, result, ctx)).toBe(
      t.en('checker.status.ranked', { fields: result.fields.length, cause: title(top) }),
    );
  });
});

describe('the notices', () => {
  test('a paste cut before it reached the form gives its own length', () => {
    const { state, result } = run({ details: cli });
    const [first] = notices(state, result, { ...ctx, cut: 5_000_000 });
    expect(first).toBe(t.en('checker.notice.truncated', { length: '5,000,000', max: '65,536' }));
  });
  test('fields without an error code', () => {
    const { state, result } = run({ details: 'Request Id: 790d21d9-68fb-457f-b1a4-674c11e3bf00' });
    expect(notices(state, result, ctx)).toContain(t.en('checker.notice.noCode'));
  });
  test('a clean paste has none', () => {
    const { state, result } = run({ details: cli });
    expect(notices(state, result, ctx)).toEqual([]);
  });
});

describe('the rest of the frame', () => {
  test('the formats read, only when fields were found', () => {
    expect(formatsLine(run({ details: cli }).result, t.en)).toBe(
      t.en('checker.notice.formats', { formats: t.en('checker.format.details') }),
    );
    expect(formatsLine(run().result, t.en)).toBe('');
  });
  test('the sentence over the causes', () => {
    expect(causesMessage(run({ details: 'Error Code: 50011' }).result, t.en, title)).toBe(
      t.en('checker.causes.notCa', { code: '50011' }),
    );
    expect(causesMessage(run({ details: cli }).result, t.en, title)).toBe('');
  });
  test('which blocks show', () => {
    expect(visibleBlocks(emptyState(), run().result)).toEqual({
      fields: false,
      causes: false,
      others: false,
      ticket: false,
    });
    const { state, result } = run({ details: cli });
    expect(visibleBlocks(state, result)).toMatchObject({
      fields: true,
      causes: true,
      ticket: true,
    });
    expect(visibleBlocks({ answers: {}, tried: ['network'] }, run().result).ticket).toBe(true);
  });
});

describe('a paste without text', () => {
  test.each([
    [['image/png'], '', 'image'],
    [['Files'], '', 'image'],
    [['text/plain'], '   ', 'empty'],
    [[], '', 'empty'],
    [['text/plain', 'image/png'], 'Error Code: 53003', undefined],
  ] as const)('%j %j → %s', (types, text, problem) => {
    expect(pasteProblem(types, text)).toBe(problem);
  });

  test('a picture gets a sentence saying what to copy instead, in both languages', () => {
    expect(problemLine('image', t.en)).toBe(t.en('checker.notice.image'));
    expect(problemLine('empty', t.en)).toBe(t.en('checker.notice.emptyPaste'));
    expect(problemLine(undefined, t.en)).toBe('');
    expect(t.en('checker.notice.image')).toMatch(/Copy info to clipboard/);
    expect(t.it('checker.notice.image')).toMatch(/immagine/);
  });
});

describe('the verdict in words', () => {
  test.each([
    ['undecided: the causes named', cli, { vpn: 'yes' }, /do not tell .* apart/],
    ['an unknown code', 'Error Code: 90123', {}, /do not know code 90123/],
    ['page wording only', "You don't have access to this", {}, /wording recognised/],
    [
      'the requirement a page names, and its cause',
      'Help us keep your device secure',
      {},
      /Most likely cause: Device/,
    ],
  ] as const)('status: %s', (_, text, answers, expected) => {
    const { state, result } = answered(text, answers as Answers);
    expect(statusLine(state, result, ctx)).toMatch(expected);
  });

  test('lists read naturally', () => {
    expect(list(['A'])).toBe('A');
    expect(list(['A', 'B', 'C'])).toBe('A, B, C');
  });

  test('the requirement a message names is said to be one', () => {
    const { state, result } = answered(
      'AADSTS53000: Device is not in required device state: compliant.',
    );
    expect(notices(state, result, ctx)).toContain(
      '“compliant” is what the policy requires, not your device’s state.',
    );
  });

  test('the heading over the causes: 53003’s, another code’s, none for a code it does not explain', () => {
    expect(causesTitle(answered(cli).result, t.en)).toBe(t.en('checker.causes.title'));
    expect(causesTitle(answered('Error Code: 530003').result, t.en)).toBe(
      t.en('checker.causes.titleOther', { code: '530003' }),
    );
    expect(causesTitle(answered('Error Code: 50011').result, t.en)).toBe('');
    expect(causesTitle(answered('Error Code: 90123').result, t.en)).toBe('');
  });

  test('undecided: the sentence over the causes says so', () => {
    expect(causesMessage(answered(cli, { vpn: 'yes' }).result, t.en, title)).toMatch(/alike/);
    const weak = causesMessage(
      answered(fixtures['53003-teams-web-domainjoined.txt'] ?? '').result,
      t.en,
      title,
    );
    expect(weak).toMatch(/Only a weak sign/);
  });
});

describe('the short result on top', () => {
  test('the leading cause and its first step', () => {
    const { diagnosis } = answered(cli, { devicecode: 'yes' }).result;
    expect(summarise(diagnosis)).toMatchObject({ top: 'auth-flow', tied: [] });
    expect(summarise(diagnosis)?.step).toMatch(/without --use-device-code/);
  });

  test('no leader: the tied causes and the question, never a first cause', () => {
    const s = summarise(answered(cli, { vpn: 'yes' }).result.diagnosis);
    expect(s?.top).toBeUndefined();
    expect(s?.tied).toEqual(['location', 'device']);
    expect(s?.question).toBe('owner');
  });

  test('a step already tried is skipped for the next one', () => {
    const first = summarise(answered(cli, { private: 'yes' }).result.diagnosis)?.step;
    const next = summarise(answered(cli, { private: 'yes' }, ['browser']).result.diagnosis)?.step;
    expect(next).not.toBe(first);
  });

  test('no sign at all: only the question to ask', () => {
    const s = summarise(
      answered('AADSTS53003: Access has been blocked by Conditional Access policies.').result
        .diagnosis,
    );
    expect(s).toEqual({ tied: [], step: '', question: 'devicecode' });
  });

  test('nothing to summarise for another code', () => {
    expect(summarise(answered('Error Code: 50011').result.diagnosis)).toBeUndefined();
  });
});
