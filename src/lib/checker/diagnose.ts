/**
 * Ranking: turns the parsed details and the answers into facts with closed sets of values,
 * runs every rule of `checker-rules.json` over them, and adds up each cause's weights.
 *
 * Honesty rules: a cause is listed only with evidence for it; evidence against is shown too;
 * confidence is a tier of the score, never a percentage, and never "certain", because only the
 * sign-in log shows which policy blocked the sign-in. A cause is put first only when its
 * evidence is strong (a rule of weight 2 or more, a score of 3 or more) and clearly ahead of the
 * next (by 2); otherwise the result says the signs do not separate the causes and names the one
 * question whose answer would. A code that is not Conditional Access, or that the site does not
 * know, gets no ranking at all: 53003's causes would not explain it. A step the person already
 * tried is never the advice.
 */
import { findApp, findCode } from './explain.ts';
import { deviceIdKind, deviceStateKind, platformKind, type ParseResult } from './read.ts';
import { fill } from '../text.ts';
import {
  questionNames,
  questions,
  type Answers,
  type CauseId,
  type CheckerData,
  type CodeInfo,
  type Question,
  type Rule,
  type TriedId,
} from './types.ts';

/** Confidence tiers by score: strong from 6, some from 3, weak below. */
export const tiers = { strong: 6, some: 3 } as const;
export type Confidence = 'strong' | 'some' | 'weak';

/** What it takes to put a cause first: a score, a lead over the next, one strong rule. */
export const lead = { score: 3, margin: 2, rule: 2 } as const;

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
  /**
   * One thing to try now, not yet tried: from the strongest rule that offers one, else the
   * cause's own; empty when every step it knows was tried already.
   */
  tryNow: string;
}

/** The checker's verdict. */
export interface Diagnosis {
  /**
   * `empty`: nothing to go on. `not-ca`: the code is not a Conditional Access one.
   * `unknown-code`: a code the site does not know. `ranked`: one cause leads on its evidence.
   * `undecided`: causes have evidence but nothing separates the first ones.
   * `no-evidence`: something was given, nothing fires.
   */
  status: 'empty' | 'not-ca' | 'unknown-code' | 'ranked' | 'undecided' | 'no-evidence';
  /** The error code's data, when the site knows it. */
  code?: CodeInfo;
  /** The code the ranking rests on when the words say another than the number written. */
  wordsCode?: string;
  /** Causes with evidence, most likely first. */
  causes: RankedCause[];
  /** The causes nothing speaks for: not ruled out, just not suggested. */
  others: CauseId[];
  /** With `undecided`: the first causes that the signs do not separate. */
  tied: CauseId[];
  /** The one unanswered question whose answer would separate the causes. */
  question?: Question;
}

/** The code the ranking rests on: 53003 when the message carries 53003's own words. */
export function rankingCode(parsed: ParseResult): string | undefined {
  return parsed.codeWords ?? parsed.fields.errorCode;
}

/** The facts the rules test, from the details and the answers. */
export function facts(
  parsed: ParseResult,
  answers: Answers,
  data: Pick<CheckerData, 'codes' | 'apps'>,
): Record<string, string> {
  const f = parsed.fields;
  const codeValue = rankingCode(parsed);
  const code = findCode(data.codes, codeValue);
  const app = findApp(data.apps, f.appId);
  const pasted = platformKind(f.devicePlatform);
  const flow = f.flow ?? 'missing';
  const out: Record<string, string> = {
    code: codeValue ?? 'missing',
    codeCause: code?.conditionalAccess && code.cause && code.code !== '53003' ? code.cause : 'none',
    deviceState: deviceStateKind(f.deviceState),
    deviceId: deviceIdKind(f.deviceId),
    // The paste's platform when there is one; else the one the person names.
    platform: pasted !== 'missing' ? pasted : (answers.os ?? 'missing'),
    appKind: f.appId ? (app ? (app.kind ?? 'other') : 'unknown') : 'missing',
    appId: f.appId ?? 'missing',
    ip: f.ipAddress ? 'present' : 'missing',
    headline: parsed.headline ?? 'missing',
    requirement: parsed.requirement ?? 'none',
    flow,
    deviceCode:
      answers.devicecode === 'yes' || flow === 'device-code'
        ? 'yes'
        : answers.devicecode === 'no'
          ? 'no'
          : 'unknown',
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

/** Whether there is anything to rank on. */
function hasInput(parsed: ParseResult, answers: Answers): boolean {
  return (
    Object.keys(parsed.fields).length > 0 ||
    parsed.headline !== undefined ||
    parsed.requirement !== undefined ||
    parsed.codeWords !== undefined ||
    questionNames.some((q) => answers[q] !== undefined)
  );
}

/** The causes with their evidence, in rank order; no verdict yet. */
function rank(
  parsed: ParseResult,
  answers: Answers,
  data: CheckerData,
  tried: readonly TriedId[],
  code: CodeInfo | undefined,
): { ranked: RankedCause[]; others: CauseId[] } {
  const fact = facts(parsed, answers, data);
  const app = findApp(data.apps, parsed.fields.appId);
  const params = {
    code: parsed.fields.errorCode ?? parsed.codeWords ?? '',
    app: app?.name ?? parsed.fields.appName ?? '',
    platform: parsed.fields.devicePlatform ?? fact.platform ?? '',
    summary: code?.summary ?? '',
  };

  const fired = new Map<CauseId, (Evidence & Pick<Rule, 'tryNow' | 'step'>)[]>();
  for (const rule of data.rules) {
    if (!ruleApplies(rule, fact)) continue;
    const cause = rule.cause === 'from-code' ? (fact.codeCause as CauseId) : rule.cause;
    const list = fired.get(cause) ?? [];
    list.push({
      rule: rule.id,
      weight: rule.weight,
      text: fill(rule.evidence, params),
      tryNow: rule.tryNow,
      step: rule.step,
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
    const steps = [...pro.filter((e) => e.tryNow), { tryNow: cause.tryNow, step: cause.step }];
    ranked.push({
      id: cause.id,
      score,
      confidence: score >= tiers.strong ? 'strong' : score >= tiers.some ? 'some' : 'weak',
      for: pro.map(({ rule, weight, text }) => ({ rule, weight, text })),
      against: list
        .filter((e) => e.weight < 0)
        .map(({ rule, weight, text }) => ({ rule, weight, text })),
      tryNow: steps.find((s) => !s.step || !tried.includes(s.step))?.tryNow ?? '',
    });
  }
  // Stable sort: equal scores keep the order of `data.causes`.
  ranked.sort((a, b) => b.score - a.score);
  return { ranked, others };
}

/** Whether the first cause leads on strong evidence, clearly ahead of the second. */
export function leads(ranked: readonly RankedCause[]): boolean {
  const [first, second] = ranked;
  return (
    !!first &&
    first.score >= lead.score &&
    first.for.some((e) => e.weight >= lead.rule) &&
    first.score - (second?.score ?? 0) >= lead.margin
  );
}

/** Questions in the order they are asked when several would separate the causes equally. */
const questionOrder: Question[] = [
  'devicecode',
  'owner',
  'where',
  'vpn',
  'private',
  'os',
  'abroad',
  'client',
];

/**
 * The unanswered question whose possible answers would put the most different causes first
 * (among `among`, the causes the signs do not separate, when there are some): each answer is
 * tried in turn and the ranking run again.
 */
function separatingQuestion(
  parsed: ParseResult,
  answers: Answers,
  data: CheckerData,
  code: CodeInfo | undefined,
  among: readonly CauseId[],
): Question | undefined {
  let best: { q: Question; leaders: number } | undefined;
  for (const q of questionOrder) {
    if (answers[q] !== undefined) continue;
    const leaders = new Set<CauseId>();
    for (const value of questions[q]) {
      const { ranked } = rank(parsed, { ...answers, [q]: value }, data, [], code);
      const first = ranked[0];
      if (first && leads(ranked) && (!among.length || among.includes(first.id)))
        leaders.add(first.id);
    }
    if (leaders.size && (!best || leaders.size > best.leaders)) best = { q, leaders: leaders.size };
  }
  return best?.q;
}

/** Ranks the causes. Pure: the same input always gives the same output. */
export function diagnose(
  parsed: ParseResult,
  answers: Answers,
  data: CheckerData,
  tried: readonly TriedId[] = [],
): Diagnosis {
  const written = findCode(data.codes, parsed.fields.errorCode);
  const code = findCode(data.codes, rankingCode(parsed));
  const base: Pick<Diagnosis, 'code' | 'wordsCode'> = {};
  if (written ?? code) base.code = (written ?? code) as CodeInfo;
  if (parsed.codeWords && parsed.codeWords !== parsed.fields.errorCode)
    base.wordsCode = parsed.codeWords;
  const empty = { causes: [], others: [], tied: [] };
  if (!hasInput(parsed, answers)) return { status: 'empty', ...base, ...empty };
  if (code && !code.conditionalAccess) return { status: 'not-ca', ...base, ...empty };
  if (rankingCode(parsed) && !code) return { status: 'unknown-code', ...base, ...empty };

  const { ranked, others } = rank(parsed, answers, data, tried, code);
  if (leads(ranked)) return { status: 'ranked', ...base, causes: ranked, others, tied: [] };
  const top = ranked[0]?.score ?? 0;
  const tied = ranked.filter((c) => top - c.score < lead.margin).map((c) => c.id);
  const question = separatingQuestion(parsed, answers, data, code, tied);
  const result: Diagnosis = {
    status: ranked.length ? 'undecided' : 'no-evidence',
    ...base,
    causes: ranked,
    others,
    tied,
  };
  if (question) result.question = question;
  return result;
}
