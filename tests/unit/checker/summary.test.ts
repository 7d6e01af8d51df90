import { describe, expect, test } from 'vitest';
import { runChecker } from '../../../src/lib/checker/index';
import { emptyState, type CheckerState } from '../../../src/lib/checker/state';
import {
  causesMessage,
  formatsLine,
  notices,
  statusLine,
  visibleBlocks,
} from '../../../src/lib/checker/summary';
import { context, data, fixtures, t } from './helpers';

const d = data.en;
const title = (id: string) => d.causes.find((c) => c.id === id)?.title ?? id;
const ctx = { t: t.en, locale: 'en', maxChars: 65_536, cut: 0, causeTitle: title };
const cli = fixtures['53003-azure-cli-unregistered.txt'] ?? '';

/** A state and the checker's result for it. */
function run(patch: Partial<CheckerState> = {}) {
  const state = { ...emptyState(), ...patch };
  const result = runChecker(state.details, state.answers, d, { locale: 'en', ...context });
  return { state, result };
}

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
    expect(causesMessage(run({ details: 'Error Code: 50011' }).result, t.en)).toBe(
      t.en('checker.causes.notCa', { code: '50011' }),
    );
    expect(causesMessage(run({ details: cli }).result, t.en)).toBe('');
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
