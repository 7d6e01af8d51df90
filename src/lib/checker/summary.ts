/**
 * What the result region says around the fields and causes: the status line, the notices, the
 * heading and sentence over the causes, which blocks show, the short result a phone shows right
 * under the paste box, and what to say when a paste holds no text. Decided here, from the
 * checker's result and the reader's state, so that the element only places the words
 * (`render-result.ts`).
 */
import type { Translate } from '../text.ts';
import type { Diagnosis } from './diagnose.ts';
import type { CheckerResult } from './index.ts';
import type { CheckerState } from './state.ts';
import type { CauseId, Question } from './types.ts';

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
  /** A paste that held no text: a picture, or nothing at all. */
  problem?: 'image' | 'empty' | undefined;
}

/** What the paste event carried besides text, as the clipboard lists it. */
export function pasteProblem(
  types: readonly string[],
  text: string,
): 'image' | 'empty' | undefined {
  if (text.trim()) return undefined;
  return types.some((t) => t.startsWith('image/') || t === 'Files') ? 'image' : 'empty';
}

/** The causes' titles, in a sentence ("A, B, C"). */
export function list(items: readonly string[]): string {
  return items.join(', ');
}

/** The announced status line over the result. */
export function statusLine(
  state: Pick<CheckerState, 'details' | 'answers'>,
  { parsed, fields, diagnosis }: CheckerResult,
  { t, causeTitle }: Pick<SummaryContext, 't' | 'causeTitle'>,
): string {
  const pasted = state.details.trim() !== '';
  const answered = Object.keys(state.answers).length > 0;
  const code = parsed.fields.errorCode ?? '';
  const top = diagnosis.causes[0];
  if (diagnosis.status === 'not-ca') return t('checker.status.notCa', { code });
  if (diagnosis.status === 'unknown-code') return t('checker.status.unknownCode', { code });
  if (diagnosis.status === 'ranked' && top)
    return t('checker.status.ranked', { fields: fields.length, cause: causeTitle(top.id) });
  if (diagnosis.status === 'undecided' && diagnosis.tied.length > 1)
    return t('checker.status.undecided', {
      fields: fields.length,
      causes: list(diagnosis.tied.map(causeTitle)),
    });
  if (pasted && !fields.length)
    return t(
      parsed.headline || parsed.requirement
        ? 'checker.status.wordingOnly'
        : 'checker.status.nothing',
    );
  if (pasted || answered) return t('checker.status.noEvidence', { fields: fields.length });
  return t('checker.status.idle');
}

/** What to say, right under the paste box, about a paste that held no text ('' if none). */
export function problemLine(problem: SummaryContext['problem'], t: Translate): string {
  if (problem === 'image') return t('checker.notice.image');
  return problem === 'empty' ? t('checker.notice.emptyPaste') : '';
}

/**
 * The notices: a cut paste, nothing recognised (or only the page's
 * wording), no error code, the requirement a message names, conflicting or unreadable fields.
 */
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
  if (pasted && !fields.length)
    out.push(
      t(
        parsed.headline || parsed.requirement
          ? 'checker.notice.wordingOnly'
          : 'checker.notice.nothing',
      ),
    );
  if (fields.length && !parsed.fields.errorCode && !parsed.codeWords)
    out.push(t('checker.notice.noCode'));
  if (parsed.requirementWords)
    out.push(t('checker.notice.requirement', { state: parsed.requirementWords }));
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

/**
 * The heading over the causes: 53003's "most likely causes", or what another Conditional Access
 * code points to; none for a code the causes do not explain.
 */
export function causesTitle({ parsed, diagnosis }: CheckerResult, t: Translate): string {
  if (diagnosis.status === 'not-ca' || diagnosis.status === 'unknown-code') return '';
  const code = parsed.codeWords ?? parsed.fields.errorCode;
  return code && code !== '53003'
    ? t('checker.causes.titleOther', { code })
    : t('checker.causes.title');
}

/** The sentence over the list of causes, when the list alone would not say enough ('' if none). */
export function causesMessage(
  { parsed, diagnosis }: CheckerResult,
  t: Translate,
  causeTitle: (id: string) => string,
): string {
  const code = parsed.fields.errorCode ?? '';
  if (diagnosis.status === 'not-ca') return t('checker.causes.notCa', { code });
  if (diagnosis.status === 'unknown-code') return t('checker.causes.unknownCode', { code });
  if (diagnosis.status === 'no-evidence') return t('checker.causes.none');
  if (diagnosis.status === 'undecided')
    return diagnosis.tied.length > 1
      ? t('checker.causes.undecided', { causes: list(diagnosis.tied.map(causeTitle)) })
      : t('checker.causes.weakOnly', { cause: causeTitle(diagnosis.tied[0] ?? '') });
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
      (diagnosis.status === 'ranked' ||
        diagnosis.status === 'undecided' ||
        diagnosis.status === 'no-evidence') &&
      diagnosis.others.length > 0,
    ticket: fields.length > 0 || answered || state.tried.length > 0,
  };
}

/** The short result on top: the first cause (or the tied ones), the first step not yet tried. */
export interface Summary {
  /** The cause that leads, when one does. */
  top?: CauseId;
  /** The causes the signs do not separate, when none leads. */
  tied: CauseId[];
  /** The first thing to try that was not tried yet; empty when every known step was. */
  step: string;
  /** The question whose answer would decide. */
  question?: Question;
}

/**
 * The summary of a diagnosis; `undefined` when there is nothing to summarise. With no sign at all
 * it is only the question to ask, if one would help.
 */
export function summarise(diagnosis: Diagnosis): Summary | undefined {
  const [first] = diagnosis.causes;
  const { status, question } = diagnosis;
  const summary: Summary = { tied: status === 'undecided' ? diagnosis.tied : [], step: '' };
  if (question) summary.question = question;
  if (first && (status === 'ranked' || status === 'undecided')) summary.step = first.tryNow;
  else if (!(status === 'no-evidence' && question)) return undefined;
  if (status === 'ranked' && first) summary.top = first.id;
  return summary;
}
