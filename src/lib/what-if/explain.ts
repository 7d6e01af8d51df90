/**
 * From the engine's structured result to sentences in one language (its `Messages`, read from
 * that language's interface strings: see `messages.ts`). Each sentence comes
 * as plain text and as parts, where `em` marks a Microsoft portal label (kept in English) for the
 * page to set in italics. Params are filled after the template is split, so a value that
 * contains `*` (or markup) stays plain text in its part: the page never has to parse HTML.
 */
import { fill } from '../text.ts';
import { isMessageKey, type MessageKey, type Messages } from './messages.ts';
import { labelText, type NameBook } from './names.ts';
import type { ConditionId, Control, Reason, Requirement, WhatIfResult } from './types.ts';

/** A sentence: its text, and its parts for rendering. */
export interface Sentence {
  text: string;
  parts: { text: string; em: boolean }[];
}

/** The params with every id in a text value labelled by its name (see `names.ts`). */
function named(params: Reason['params'], names: NameBook): Reason['params'] {
  const out: Reason['params'] = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'string' ? labelText(v, names) : v;
  return out;
}

/**
 * One reason as a sentence; an unknown key shows itself (the tests catch that). With `names`,
 * the ids in its values read "Name (1234abcd…)".
 */
export function sentence(reason: Reason, messages: Messages, names?: NameBook): Sentence {
  if (names) reason = { key: reason.key, params: named(reason.params, names) };
  const template = isMessageKey(reason.key) ? messages[reason.key] : reason.key;
  // A reason may carry another one's key in `error` (a rule that does not parse): say it in words.
  const nested = reason.params.error;
  if (typeof nested === 'string' && isMessageKey(nested) && nested !== reason.key) {
    const inner = sentence({ key: nested, params: reason.params }, messages).text;
    reason = { key: reason.key, params: { ...reason.params, error: inner } };
  }
  const parts = template
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((chunk) =>
      chunk.startsWith('*') && chunk.endsWith('*') && chunk.length > 2
        ? { text: fill(chunk.slice(1, -1), reason.params), em: true }
        : { text: fill(chunk, reason.params), em: false },
    );
  return { text: parts.map((p) => p.text).join(''), parts };
}

export const say = (
  key: MessageKey,
  messages: Messages,
  params: Record<string, string | number> = {},
) => sentence({ key, params }, messages);

/** One control, named as the portal names it. */
export function controlSentence(control: Control, messages: Messages): Sentence {
  if (control.kind === 'builtIn') {
    const key = `control.${control.id}`;
    return isMessageKey(key)
      ? say(key, messages)
      : say('control.unknown', messages, { id: control.id });
  }
  if (control.kind === 'authenticationStrength')
    return say('control.authenticationStrength', messages, {
      name: control.displayName ?? control.id,
    });
  return say(control.kind === 'termsOfUse' ? 'control.termsOfUse' : 'control.custom', messages, {
    id: control.id,
  });
}

function join(sentences: Sentence[], sep: string): Sentence {
  const parts: Sentence['parts'] = [];
  sentences.forEach((s, i) => {
    if (i) parts.push({ text: sep, em: false });
    parts.push(...s.parts);
  });
  return { text: parts.map((p) => p.text).join(''), parts };
}

/** A requirement's controls as one phrase ("A or B", "A and B", or the one control). */
export function controlsSentence(r: Requirement, messages: Messages): Sentence {
  const list = join(
    r.controls.map((c) => controlSentence(c, messages)),
    ', ',
  );
  const wrap =
    r.controls.length > 1 ? say(`operator.${r.operator}`, messages, { list: '\u0000' }) : undefined;
  return wrap
    ? {
        text: wrap.text.replace('\u0000', list.text),
        parts: wrap.parts.flatMap((p) =>
          p.text.includes('\u0000')
            ? [
                { text: p.text.split('\u0000')[0] ?? '', em: false },
                ...list.parts,
                { text: p.text.split('\u0000')[1] ?? '', em: false },
              ]
            : [p],
        ),
      }
    : list;
}

/** "Policy X asks for all of: …". */
export function requirementSentence(
  r: Requirement,
  policyName: string,
  messages: Messages,
): Sentence {
  const controls = controlsSentence(r, messages);
  const head = say('requirement', messages, { policy: policyName, controls: '\u0000' });
  const parts = head.parts
    .flatMap((p) =>
      p.text.includes('\u0000')
        ? [
            { text: p.text.split('\u0000')[0] ?? '', em: false },
            ...controls.parts,
            { text: p.text.split('\u0000')[1] ?? '', em: false },
          ]
        : [p],
    )
    .filter((p) => p.text);
  return { text: parts.map((p) => p.text).join(''), parts };
}

/** The whole result in one language, ready to render. */
export interface Explained {
  verdict: Sentence;
  deciding?: Sentence;
  uncertain?: Sentence;
  requirements: Sentence[];
  reportOnly: Sentence[];
  warnings: Sentence[];
  policies: {
    id: string;
    displayName: string;
    applies: Sentence;
    issues: Sentence[];
    conditions: {
      condition: ConditionId;
      name: Sentence;
      outcome: Sentence;
      reason: Sentence;
      notes: Sentence[];
    }[];
    exclusions: { requirement: Sentence; status: Sentence }[];
  }[];
}

/** Turns a result into sentences of one language; with `book`, ids are shown with their names. */
export function explain(result: WhatIfResult, messages: Messages, book?: NameBook): Explained {
  const names = new Map(result.policies.map((p) => [p.id, p.displayName]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const out: Explained = {
    verdict: say(`verdict.${result.verdict}`, messages),
    requirements: result.requirements.map((r) =>
      requirementSentence(r, names.get(r.policyId) ?? r.policyId, messages),
    ),
    reportOnly: result.reportOnly.map((r) =>
      say('verdict.reportOnly', messages, { name: names.get(r.policyId) ?? r.policyId }),
    ),
    warnings: result.warnings.map((w) => sentence(w, messages, book)),
    policies: result.policies.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      applies: say(`applies.${p.applies}`, messages),
      issues: p.issues.map((i) => sentence(i, messages, book)),
      conditions: p.conditions.map((c) => ({
        condition: c.condition,
        name: say(`condition.${c.condition}`, messages),
        outcome: say(`outcome.${c.result}`, messages),
        reason: sentence(c.reason, messages, book),
        notes: c.notes.map((n) => sentence(n, messages, book)),
      })),
      exclusions: p.exclusions.map((e) => ({
        requirement: sentence(e.requirement, messages, book),
        status: say(`hint.status.${e.status}`, messages),
      })),
    })),
  };
  if (result.deciding.length)
    out.deciding = say('verdict.deciding', messages, { names: nameList(result.deciding) });
  if (result.uncertain.length)
    out.uncertain = say('verdict.uncertain', messages, { names: nameList(result.uncertain) });
  return out;
}
