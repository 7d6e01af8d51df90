/**
 * How the result page groups and marks the engine's result: which policies get the "why wasn't I
 * excluded?" view, how the policy list is grouped, where the caret goes under a device-filter rule
 * that does not parse, and how a sentence of ours sets a portal label in italics. Decided here so
 * that the page's renderers only place nodes (`src/components/tools/what-if/render/`).
 */
import type { Sentence } from './explain.ts';
import type { PolicyResult, WhatIfResult } from './types.ts';

/**
 * The policies that block this sign-in or may: enabled (not report-only, which never decides),
 * using *Block access*, and applying or possibly applying. Each gets its exclusions explained.
 */
export function blockingPolicies(result: Pick<WhatIfResult, 'policies'>): PolicyResult[] {
  return result.policies.filter(
    (p) => p.blocks && !p.reportOnly && p.state === 'enabled' && p.applies !== 'no',
  );
}

/** One group of the policy list. */
export interface PolicyGroup {
  kind: 'enforced' | 'reportOnly' | 'disabled';
  policies: PolicyResult[];
}

/**
 * The policy list in three groups: enforced (enabled) policies, report-only ones, disabled ones
 * (listed, not evaluated). A policy whose state the engine could not read is listed with the
 * enabled ones, so that no policy goes missing.
 */
export function policyGroups(result: Pick<WhatIfResult, 'policies'>): PolicyGroup[] {
  const groups: PolicyGroup[] = [
    { kind: 'enforced', policies: result.policies.filter((p) => p.state === 'enabled') },
    { kind: 'reportOnly', policies: result.policies.filter((p) => p.reportOnly) },
    { kind: 'disabled', policies: result.policies.filter((p) => p.state === 'disabled') },
  ];
  const listed = new Set(groups.flatMap((g) => g.policies.map((p) => p.id)));
  groups[0]?.policies.push(...result.policies.filter((p) => !listed.has(p.id)));
  return groups;
}

/** A rule split where its error is: the text up to the end of the error's line, then the rest. */
export interface RuleCaret {
  /** The rule up to the end of the line that holds the error. */
  before: string;
  /** Spaces then `^`: the caret under the error's column (in characters, not UTF-16 units). */
  caret: string;
  /** The rest of the rule, from the end of that line (a line break first, if there is more). */
  after: string;
}

/** Where the caret goes under a rule whose error is at `offset` (0-based, UTF-16 units). */
export function ruleCaret(rule: string, offset: number): RuleCaret {
  const at = Math.max(0, Math.min(offset, rule.length));
  const lineStart = rule.slice(0, at).lastIndexOf('\n') + 1;
  const lineEnd = rule.indexOf('\n', at);
  const end = lineEnd < 0 ? rule.length : lineEnd;
  const column = [...rule.slice(lineStart, at)].length;
  return { before: rule.slice(0, end), caret: `${' '.repeat(column)}^`, after: rule.slice(end) };
}

/** A sentence from one of our strings in which `label`, a portal label, is set in italics. */
export function portalLabelSentence(text: string, label: string): Sentence {
  const at = text.indexOf(label);
  if (at < 0) return { text, parts: [{ text, em: false }] };
  const parts = [
    { text: text.slice(0, at), em: false },
    { text: label, em: true },
    { text: text.slice(at + label.length), em: false },
  ].filter((x) => x.text);
  return { text, parts };
}
