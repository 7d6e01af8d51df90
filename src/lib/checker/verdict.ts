/**
 * What the result says, decided here rather than in the view: the status line, the notices, the
 * short result a phone shows right under the paste box, and what to say when the paste holds no
 * text. Each returns interface-string keys with their parameters; the element only translates
 * and renders them.
 */
import type { Diagnosis } from './diagnose.ts';
import type { ParseResult } from './parse.ts';
import type { CauseId, Question } from './types.ts';

/** An interface string and its parameters. */
export interface Line {
  key: string;
  params?: Record<string, string | number>;
  /** Parameters that are themselves interface-string keys (a field's label). */
  keyParams?: Record<string, string>;
}

/** What the paste event carried besides text, as the clipboard lists it. */
export function pasteProblem(
  types: readonly string[],
  text: string,
): 'image' | 'empty' | undefined {
  if (text.trim()) return undefined;
  return types.some((t) => t.startsWith('image/') || t === 'Files') ? 'image' : 'empty';
}

/** The status line, announced to screen readers. `causes` are the causes' titles. */
export function statusLine(
  parsed: ParseResult,
  diagnosis: Diagnosis,
  input: { pasted: boolean; answered: boolean },
  title: (id: CauseId) => string,
  or: string,
): Line {
  const fields = Object.keys(parsed.fields).length;
  const code = parsed.fields.errorCode ?? '';
  const top = diagnosis.causes[0];
  if (diagnosis.status === 'not-ca') return { key: 'checker.status.notCa', params: { code } };
  if (diagnosis.status === 'unknown-code')
    return { key: 'checker.status.unknownCode', params: { code } };
  if (diagnosis.status === 'ranked' && top)
    return { key: 'checker.status.ranked', params: { fields, cause: title(top.id) } };
  if (diagnosis.status === 'undecided' && diagnosis.tied.length > 1)
    return {
      key: 'checker.status.undecided',
      params: { fields, causes: list(diagnosis.tied.map(title), or) },
    };
  if (input.pasted && !fields)
    return parsed.headline || parsed.requirement
      ? { key: 'checker.status.wordingOnly' }
      : { key: 'checker.status.nothing' };
  if (input.pasted || input.answered)
    return { key: 'checker.status.noEvidence', params: { fields } };
  return { key: 'checker.status.idle' };
}

/** "A, B or C" in the page's language (`or` is its word for "or"). */
export function list(items: readonly string[], or: string): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${or} ${items[items.length - 1]}`;
}

/** The notices above the result, in order. */
export function notices(
  parsed: ParseResult,
  input: { pasted: boolean; cut: number; maxChars: number; problem?: 'image' | 'empty' },
): Line[] {
  const out: Line[] = [];
  if (input.problem === 'image') out.push({ key: 'checker.notice.image' });
  if (input.problem === 'empty') out.push({ key: 'checker.notice.emptyPaste' });
  if (parsed.truncated || input.cut)
    out.push({
      key: 'checker.notice.truncated',
      params: { length: Math.max(parsed.length, input.cut), max: input.maxChars },
    });
  const fields = Object.keys(parsed.fields).length;
  if (input.pasted && !fields)
    out.push({
      key:
        parsed.headline || parsed.requirement
          ? 'checker.notice.wordingOnly'
          : 'checker.notice.nothing',
    });
  if (fields && !parsed.fields.errorCode && !parsed.codeWords)
    out.push({ key: 'checker.notice.noCode' });
  if (parsed.requirementWords)
    out.push({ key: 'checker.notice.requirement', params: { state: parsed.requirementWords } });
  for (const c of parsed.conflicts)
    out.push({
      key: 'checker.notice.conflict',
      params: { values: c.values.join(', ') },
      keyParams: { field: `checker.field.${c.field}` },
    });
  for (const f of parsed.unreadable)
    out.push({ key: 'checker.notice.unreadable', keyParams: { field: `checker.field.${f}` } });
  return out;
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

/** The summary of a diagnosis; `undefined` when there is nothing to summarise. */
export function summarise(diagnosis: Diagnosis): Summary | undefined {
  const [first] = diagnosis.causes;
  if (!first || (diagnosis.status !== 'ranked' && diagnosis.status !== 'undecided'))
    return undefined;
  const summary: Summary = {
    tied: diagnosis.status === 'undecided' ? diagnosis.tied : [],
    step: first.tryNow,
  };
  if (diagnosis.status === 'ranked') summary.top = first.id;
  if (diagnosis.question) summary.question = diagnosis.question;
  return summary;
}

/** A line in words: `t` translates its key and its key parameters. */
export function say(
  line: Line,
  t: (key: string, params?: Record<string, string | number>) => string,
) {
  const params: Record<string, string | number> = { ...line.params };
  for (const [name, key] of Object.entries(line.keyParams ?? {})) params[name] = t(key);
  return t(line.key, params);
}
