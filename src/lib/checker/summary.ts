/**
 * What the result region says around the fields and causes: the status line, the notices, the
 * sentence over the causes and which blocks show. Decided here, from the checker's result and
 * the reader's state, so that the element only places the words (`render-result.ts`).
 */
import type { Translate } from '../text.ts';
import type { CheckerResult } from './index.ts';
import type { CheckerState } from './state.ts';

/** What the summary needs besides the result. */
export interface SummaryContext {
  t: Translate;
  /** The page's locale, for the numbers in the notices. */
  locale: string;
  /** The longest paste the checker reads. */
  maxChars: number;
  /** The length of a paste that was cut to `maxChars` before it reached the form (0 if none). */
  cut: number;
  /** A cause's title in the page's language. */
  causeTitle: (id: string) => string;
}

/** The announced status line over the result. */
export function statusLine(
  state: Pick<CheckerState, 'details' | 'answers'>,
  { parsed, fields, diagnosis }: CheckerResult,
  { t, causeTitle }: Pick<SummaryContext, 't' | 'causeTitle'>,
): string {
  const pasted = state.details.trim() !== '';
  const answered = Object.keys(state.answers).length > 0;
  const top = diagnosis.causes[0];
  if (pasted && !fields.length) return t('checker.status.nothing');
  if (diagnosis.status === 'not-ca')
    return t('checker.status.notCa', { code: parsed.fields.errorCode ?? '' });
  if (top) return t('checker.status.ranked', { fields: fields.length, cause: causeTitle(top.id) });
  if (pasted || answered) return t('checker.status.noEvidence', { fields: fields.length });
  return t('checker.status.idle');
}

/** The notices: a cut paste, nothing recognised, no error code, conflicting or unreadable fields. */
export function notices(
  state: Pick<CheckerState, 'details'>,
  { parsed, fields }: CheckerResult,
  { t, locale, maxChars, cut }: Omit<SummaryContext, 'causeTitle'>,
): string[] {
  const out: string[] = [];
  const pasted = state.details.trim() !== '';
  if (parsed.truncated || cut)
    out.push(
      t('checker.notice.truncated', {
        length: Math.max(parsed.length, cut).toLocaleString(locale),
        max: maxChars.toLocaleString(locale),
      }),
    );
  if (pasted && !fields.length) out.push(t('checker.notice.nothing'));
  if (fields.length && !parsed.fields.errorCode) out.push(t('checker.notice.noCode'));
  for (const c of parsed.conflicts)
    out.push(
      t('checker.notice.conflict', {
        field: t(`checker.field.${c.field}`),
        values: c.values.join(', '),
      }),
    );
  for (const f of parsed.unreadable)
    out.push(t('checker.notice.unreadable', { field: t(`checker.field.${f}`) }));
  return out;
}

/** The line naming the formats the paste was read as ('' when there is nothing to name). */
export function formatsLine({ parsed, fields }: CheckerResult, t: Translate): string {
  if (!fields.length || !parsed.formats.length) return '';
  return t('checker.notice.formats', {
    formats: parsed.formats.map((f) => t(`checker.format.${f}`)).join(', '),
  });
}

/** The sentence over the list of causes, when the list alone would not say enough ('' if none). */
export function causesMessage({ parsed, diagnosis }: CheckerResult, t: Translate): string {
  if (diagnosis.status === 'not-ca')
    return t('checker.causes.notCa', { code: parsed.fields.errorCode ?? '' });
  if (diagnosis.status === 'no-evidence') return t('checker.causes.none');
  return '';
}

/** Which blocks of the result show. */
export function visibleBlocks(
  state: Pick<CheckerState, 'answers' | 'tried'>,
  { fields, diagnosis }: CheckerResult,
) {
  const answered = Object.keys(state.answers).length > 0;
  return {
    fields: fields.length > 0,
    causes: diagnosis.status !== 'empty',
    /** The other causes, by name: after a ranking, or when nothing pointed anywhere. */
    others:
      (diagnosis.status === 'ranked' || diagnosis.status === 'no-evidence') &&
      diagnosis.others.length > 0,
    ticket: fields.length > 0 || answered || state.tried.length > 0,
  };
}
