/**
 * Ranking: turns the parsed details and the answers into facts with closed sets of values,
 * runs every rule of `checker-rules.json` over them, and adds up each cause's weights.
 *
 * Honesty rules: a cause is ranked only with evidence for it; evidence against is shown too;
 * confidence is a tier of the score, never a percentage, and never "certain", because only the
 * sign-in log shows which policy blocked the sign-in. A code that is not Conditional Access gets
 * no ranking at all. Ties keep the order of `causes` (most frequent first).
 */
import { findApp, findCode } from './explain.ts';
import { deviceIdKind, deviceStateKind, platformKind, type ParseResult } from './parse.ts';
import { fill } from '../text.ts';
import {
  questionNames,
  type Answers,
  type CauseId,
  type CheckerData,
  type CodeInfo,
  type Rule,
} from './types.ts';

/** Confidence tiers by score: strong from 6, some from 3, weak below. */
export const tiers = { strong: 6, some: 3 } as const;
export type Confidence = 'strong' | 'some' | 'weak';

/** One reason for or against a cause. */
export interface Evidence {
  rule: string;
  weight: number;
  text: string;
}

/** One ranked cause. */
export interface RankedCause {
  id: CauseId;
  score: number;
  confidence: Confidence;
  /** Why we think so, strongest first. */
  for: Evidence[];
  /** What speaks against it. */
  against: Evidence[];
  /** One thing to try now: from the strongest rule that offers one, else the cause's own. */
  tryNow: string;
}

/** The checker's verdict. */
export interface Diagnosis {
  /**
   * `empty`: nothing to go on. `not-ca`: the code is not a Conditional Access one.
   * `ranked`: at least one cause has evidence. `no-evidence`: something was given, nothing fires.
   */
  status: 'empty' | 'not-ca' | 'ranked' | 'no-evidence';
  /** The error code's data, when the site knows it. */
  code?: CodeInfo;
  /** Causes with evidence, most likely first. */
  causes: RankedCause[];
  /** The causes nothing speaks for: not ruled out, just not suggested. */
  others: CauseId[];
}

/** The facts the rules test, from the details and the answers. */
export function facts(
  parsed: ParseResult,
  answers: Answers,
  data: Pick<CheckerData, 'codes' | 'apps'>,
): Record<string, string> {
  const f = parsed.fields;
  const code = findCode(data.codes, f.errorCode);
  const app = findApp(data.apps, f.appId);
  const out: Record<string, string> = {
    code: f.errorCode ?? 'missing',
    codeCause: code?.conditionalAccess && code.cause && code.code !== '53003' ? code.cause : 'none',
    deviceState: deviceStateKind(f.deviceState),
    deviceId: deviceIdKind(f.deviceId),
    platform: platformKind(f.devicePlatform),
    appKind: f.appId ? (app ? (app.kind ?? 'other') : 'unknown') : 'missing',
    appId: f.appId ?? 'missing',
    ip: f.ipAddress ? 'present' : 'missing',
    headline: parsed.headline ?? 'missing',
  };
  for (const q of questionNames) out[q] = answers[q] ?? 'unknown';
  return out;
}

/** Whether every fact a rule names has one of the values it lists. */
export function ruleApplies(rule: Pick<Rule, 'when'>, fact: Record<string, string>): boolean {
  return Object.entries(rule.when).every(
    ([name, values]) => values !== undefined && values.includes(fact[name] ?? ''),
  );
}

/** Ranks the causes. Pure: the same input always gives the same output. */
export function diagnose(parsed: ParseResult, answers: Answers, data: CheckerData): Diagnosis {
  const code = findCode(data.codes, parsed.fields.errorCode);
  const base = code ? { code } : {};
  const answered = questionNames.some((q) => answers[q] !== undefined);
  if (!Object.keys(parsed.fields).length && !answered)
    return { status: 'empty', ...base, causes: [], others: [] };
  if (code && !code.conditionalAccess) return { status: 'not-ca', ...base, causes: [], others: [] };

  const fact = facts(parsed, answers, data);
  const app = findApp(data.apps, parsed.fields.appId);
  const params = {
    code: parsed.fields.errorCode ?? '',
    app: app?.name ?? parsed.fields.appName ?? '',
    platform: parsed.fields.devicePlatform ?? '',
    summary: code?.summary ?? '',
  };

  const fired = new Map<CauseId, (Evidence & { tryNow?: string | undefined })[]>();
  for (const rule of data.rules) {
    if (!ruleApplies(rule, fact)) continue;
    const cause = rule.cause === 'from-code' ? (fact.codeCause as CauseId) : rule.cause;
    const list = fired.get(cause) ?? [];
    list.push({
      rule: rule.id,
      weight: rule.weight,
      text: fill(rule.evidence, params),
      tryNow: rule.tryNow,
    });
    fired.set(cause, list);
  }

  const ranked: RankedCause[] = [];
  const others: CauseId[] = [];
  for (const cause of data.causes) {
    const list = fired.get(cause.id) ?? [];
    const score = list.reduce((sum, e) => sum + e.weight, 0);
    const pro = list.filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight);
    if (score <= 0) {
      // Only a cause nothing speaks for or against is "not ruled out"; the rest is unlikely.
      if (!list.length) others.push(cause.id);
      continue;
    }
    ranked.push({
      id: cause.id,
      score,
      confidence: score >= tiers.strong ? 'strong' : score >= tiers.some ? 'some' : 'weak',
      for: pro.map(({ rule, weight, text }) => ({ rule, weight, text })),
      against: list
        .filter((e) => e.weight < 0)
        .map(({ rule, weight, text }) => ({ rule, weight, text })),
      tryNow: pro.find((e) => e.tryNow)?.tryNow ?? cause.tryNow,
    });
  }
  // Stable sort: equal scores keep the order of `data.causes`.
  ranked.sort((a, b) => b.score - a.score);
  return { status: ranked.length ? 'ranked' : 'no-evidence', ...base, causes: ranked, others };
}
