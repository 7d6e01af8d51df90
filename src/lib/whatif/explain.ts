/**
 * From the engine's structured result to sentences in Italian or English. Each sentence comes
 * as plain text and as parts, where `em` marks a Microsoft portal label (kept in English) for the
 * page to set in italics. Params are filled after the template is split, so a value that
 * contains `*` (or markup) stays plain text in its part: the page never has to parse HTML.
 */
import { messages, type Locale, type MessageKey } from './messages.ts';
import { labelText, type NameBook } from './names.ts';
import type { ConditionId, Control, Reason, Requirement, WhatIfResult } from './types.ts';

/** A sentence: its text, and its parts for rendering. */
export interface Sentence {
  text: string;
  parts: { text: string; em: boolean }[];
}

function isKey(key: string): key is MessageKey {
  return key in messages.en;
}

function fillPart(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
export function sentence(reason: Reason, locale: Locale, names?: NameBook): Sentence {
  if (names) reason = { key: reason.key, params: named(reason.params, names) };
  const template = isKey(reason.key) ? messages[locale][reason.key] : reason.key;
  // A reason may carry another one's key in `error` (a rule that does not parse): say it in words.
  const nested = reason.params.error;
  if (typeof nested === 'string' && isKey(nested) && nested !== reason.key) {
    const inner = sentence({ key: nested, params: reason.params }, locale).text;
    reason = { key: reason.key, params: { ...reason.params, error: inner } };
  }
  const parts = template
    .split(/(\*[^*]+\*)/)
    .filter(Boolean)
    .map((chunk) =>
      chunk.startsWith('*') && chunk.endsWith('*') && chunk.length > 2
        ? { text: fillPart(chunk.slice(1, -1), reason.params), em: true }
        : { text: fillPart(chunk, reason.params), em: false },
    );
  return { text: parts.map((p) => p.text).join(''), parts };
}

const say = (key: MessageKey, locale: Locale, params: Record<string, string | number> = {}) =>
  sentence({ key, params }, locale);

/** One control, named as the portal names it. */
export function controlSentence(control: Control, locale: Locale): Sentence {
  if (control.kind === 'builtIn') {
    const key = `control.${control.id}`;
    return isKey(key) ? say(key, locale) : say('control.unknown', locale, { id: control.id });
  }
  if (control.kind === 'authenticationStrength')
    return say('control.authenticationStrength', locale, {
      name: control.displayName ?? control.id,
    });
  return say(control.kind === 'termsOfUse' ? 'control.termsOfUse' : 'control.custom', locale, {
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

/** "Policy X asks for all of: …". */
export function requirementSentence(r: Requirement, policyName: string, locale: Locale): Sentence {
  const list = join(
    r.controls.map((c) => controlSentence(c, locale)),
    ', ',
  );
  const wrap =
    r.controls.length > 1 ? say(`operator.${r.operator}`, locale, { list: '\u0000' }) : undefined;
  const controls = wrap
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
  const head = say('requirement', locale, { policy: policyName, controls: '\u0000' });
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

/** Turns a result into sentences in `locale`; with `names`, ids are shown with their names. */
export function explain(result: WhatIfResult, locale: Locale, book?: NameBook): Explained {
  const names = new Map(result.policies.map((p) => [p.id, p.displayName]));
  const nameList = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
  const out: Explained = {
    verdict: say(`verdict.${result.verdict}`, locale),
    requirements: result.requirements.map((r) =>
      requirementSentence(r, names.get(r.policyId) ?? r.policyId, locale),
    ),
    reportOnly: result.reportOnly.map((r) =>
      say('verdict.reportOnly', locale, { name: names.get(r.policyId) ?? r.policyId }),
    ),
    warnings: result.warnings.map((w) => sentence(w, locale, book)),
    policies: result.policies.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      applies: say(`applies.${p.applies}`, locale),
      issues: p.issues.map((i) => sentence(i, locale, book)),
      conditions: p.conditions.map((c) => ({
        condition: c.condition,
        name: say(`condition.${c.condition}`, locale),
        outcome: say(`outcome.${c.result}`, locale),
        reason: sentence(c.reason, locale, book),
        notes: c.notes.map((n) => sentence(n, locale, book)),
      })),
      exclusions: p.exclusions.map((e) => ({
        requirement: sentence(e.requirement, locale, book),
        status: say(`hint.status.${e.status}`, locale),
      })),
    })),
  };
  if (result.deciding.length)
    out.deciding = say('verdict.deciding', locale, { names: nameList(result.deciding) });
  if (result.uncertain.length)
    out.uncertain = say('verdict.uncertain', locale, { names: nameList(result.uncertain) });
  return out;
}
