/**
 * The evaluation: every policy against one sign-in, then the verdict.
 *
 * Per policy (Learn, "Building a Conditional Access policy" and the What If tool): disabled
 * policies are listed but not evaluated; report-only ones are evaluated but never decide; a
 * policy applies when every condition matches (conditions are ANDed); one `noMatch` is enough for
 * "does not apply", otherwise one `unknown` makes it "cannot tell".
 *
 * Across policies: any enforced policy that applies with Block decides (that is error 53003).
 * Otherwise every applying enforced policy must be satisfied on its own (its controls with its
 * own AND/OR), so the requirements are listed per policy, not merged. The verdict is computed
 * twice, with the uncertain policies left out (best case) and counted in (worst case): when the
 * two differ the verdict is `unknown` and the policies that make the difference are named.
 */
import { comparisons, negativeOperators, parseRule } from './rule.ts';
import { inDeviceState } from './tri.ts';
import { bundleMember, isBundle } from './apps.ts';
import {
  conditionOrder,
  devices,
  guestMatch,
  locationHit,
  locationLabel,
  type Context,
} from './conditions.ts';
import type { NameBook } from './names.ts';
import type {
  ConditionResult,
  Control,
  ExclusionHint,
  NamedLocation,
  Outcome,
  Policy,
  PolicyResult,
  Reason,
  Requirement,
  Scenario,
  Tri,
  WhatIfResult,
} from './types.ts';

/** The inputs of one evaluation. */
export interface WhatIfInput {
  policies: readonly Policy[];
  /** Leave out when not known: conditions that need them become "cannot tell". */
  locations?: readonly NamedLocation[] | undefined;
  scenario: Scenario;
  /** Names for ids (built-in ones when left out): Office 365 membership is decided by name. */
  names?: NameBook;
  /** What unset risk levels, insider risk and flow count as (see `Context.unset`): `none` by default. */
  unset?: 'none' | 'unknown';
}

function requirementOf(p: Policy): Requirement | undefined {
  const g = p.grant;
  if (!g) return undefined;
  const controls: Control[] = [
    ...g.builtIn.filter((b) => b !== 'block').map((id): Control => ({ kind: 'builtIn', id })),
    ...(g.authenticationStrength
      ? [{ kind: 'authenticationStrength', ...g.authenticationStrength } as Control]
      : []),
    ...g.termsOfUse.map((id): Control => ({ kind: 'termsOfUse', id })),
    ...g.custom.map((id): Control => ({ kind: 'custom', id })),
  ];
  return controls.length ? { policyId: p.id, operator: g.operator, controls } : undefined;
}

function applies(conditions: ConditionResult[]): Tri {
  if (conditions.some((c) => c.result === 'noMatch')) return 'no';
  return conditions.some((c) => c.result === 'unknown') ? 'unknown' : 'yes';
}

const hint = (
  condition: ExclusionHint['condition'],
  target: string,
  status: Tri,
  key: string,
  params: Record<string, string | number> = {},
): ExclusionHint => ({
  condition,
  target,
  status,
  requirement: { key, params: { target, ...params } },
});

/** Every exclusion of a policy and whether the sign-in falls under it. */
function exclusions(p: Policy, ctx: Context): ExclusionHint[] {
  const s = ctx.scenario;
  const out: ExclusionHint[] = [];
  const c = p.conditions;
  const uid = s.identity.kind === 'user' ? s.identity.userId : undefined;
  const member = (id: string, known: string[] | undefined): Tri =>
    known ? (known.includes(id.toLowerCase()) ? 'yes' : 'no') : 'unknown';
  if (c.users) {
    for (const id of c.users.users.exclude) {
      if (id.toLowerCase() === 'guestsorexternalusers')
        out.push(hint('users', id, guestMatch(s, 'legacy'), 'hint.guests'));
      else
        out.push(
          hint(
            'users',
            id,
            uid ? (uid === id.toLowerCase() ? 'yes' : 'no') : 'unknown',
            'hint.user',
          ),
        );
    }
    for (const id of c.users.groups.exclude)
      out.push(hint('users', id, member(id, s.directory.groupIds), 'hint.group'));
    for (const id of c.users.roles.exclude)
      out.push(hint('users', id, member(id, s.directory.roleTemplateIds), 'hint.role'));
    const eg = c.users.excludeGuests;
    if (eg) out.push(hint('users', eg.types.join(', '), guestMatch(s, eg), 'hint.guestTypes'));
  }
  if (c.applications) {
    const apps = s.context?.kind === 'application' ? s.context.applications : undefined;
    for (const id of c.applications.apps.exclude) {
      const status: Tri = !apps
        ? 'unknown'
        : apps.some((a) =>
              isBundle(id) ? bundleMember(id, a, ctx.names) === 'yes' : a === id.toLowerCase(),
            )
          ? 'yes'
          : apps.some((a) => isBundle(id) && bundleMember(id, a, ctx.names) === 'unknown')
            ? 'unknown'
            : 'no';
      out.push(hint('applications', id, status, isBundle(id) ? 'hint.appBundle' : 'hint.app'));
    }
  }
  if (c.platforms) {
    const pl = s.devicePlatform?.toLowerCase();
    for (const id of c.platforms.exclude)
      out.push(
        hint(
          'platforms',
          id,
          pl && pl !== 'all' ? (pl === id.toLowerCase() ? 'yes' : 'no') : 'unknown',
          'hint.platform',
        ),
      );
  }
  if (c.locations) {
    for (const id of c.locations.exclude) {
      const loc = ctx.locations?.get(id.toLowerCase());
      const detail =
        loc?.kind === 'ip'
          ? loc.ranges
              .slice(0, 5)
              .map((r) => r.text)
              .join(', ') + (loc.ranges.length > 5 ? ', …' : '')
          : loc?.kind === 'country'
            ? loc.countries.join(', ')
            : '';
      const key =
        id.toLowerCase() === 'alltrusted'
          ? 'hint.trusted'
          : loc?.kind === 'ip'
            ? 'hint.ipLocation'
            : loc?.kind === 'country'
              ? 'hint.countryLocation'
              : 'hint.location';
      out.push(hint('locations', locationLabel(id, ctx), locationHit(id, ctx), key, { detail }));
    }
  }
  const f = c.deviceFilter;
  if (f?.mode === 'exclude') {
    const parsed = parseRule(f.rule);
    const onlyPositive =
      parsed.ok && comparisons(parsed.ast).every((x) => !negativeOperators.has(x.operator));
    const dev = devices(p, ctx);
    const ruleResult = dev.trace?.ruleResult ?? 'unknown';
    out.push(
      hint(
        'devices',
        f.rule,
        ruleResult,
        !s.device && onlyPositive ? 'hint.deviceFilterRegister' : 'hint.deviceFilter',
      ),
    );
  }
  if (c.deviceStates) {
    // The same rule as the condition itself (conditions.ts, deviceStates).
    for (const st of c.deviceStates.exclude)
      out.push(hint('deviceStates', st, inDeviceState(st, s.device), 'hint.deviceState'));
  }
  return out;
}

/** Evaluates one policy. */
export function evaluatePolicy(p: Policy, ctx: Context): PolicyResult {
  const base = {
    id: p.id,
    displayName: p.displayName,
    state: p.state,
    reportOnly: p.state === 'enabledForReportingButNotEnforced',
    blocks: p.grant?.builtIn.includes('block') ?? false,
    sessionControls: p.sessionControls,
    issues: p.issues,
  };
  const requirement = requirementOf(p);
  if (p.state === 'disabled')
    return {
      ...base,
      applies: 'no',
      conditions: [],
      exclusions: [],
      ...(requirement ? { requirement } : {}),
    };
  const conditions = conditionOrder.map((f) => f(p, ctx));
  const a = applies(conditions);
  const out: PolicyResult = {
    ...base,
    applies: a,
    conditions,
    exclusions: base.blocks && a !== 'no' ? exclusions(p, ctx) : [],
  };
  if (requirement) out.requirement = requirement;
  if (!base.blocks && !requirement && !p.sessionControls.length)
    out.issues = [...out.issues, { key: 'policy.noControls', params: {} }];
  return out;
}

/** A requirement as a comparable string (two policies asking the same thing count once). */
function signature(r: Requirement): string {
  const controls = r.controls.map((c) => `${c.kind}:${c.id}`).sort();
  return `${controls.length > 1 ? r.operator : 'AND'}(${controls.join(',')})`;
}

function outcome(applying: PolicyResult[]): Outcome {
  const blockers = applying.filter((p) => p.blocks);
  if (blockers.length)
    return { verdict: 'block', deciding: blockers.map((p) => p.id), requirements: [] };
  const requirements = applying.flatMap((p) => (p.requirement ? [p.requirement] : []));
  if (requirements.length)
    return { verdict: 'grant', deciding: requirements.map((r) => r.policyId), requirements };
  return { verdict: 'allow', deciding: [], requirements: [] };
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.verdict !== b.verdict) return false;
  if (a.verdict !== 'grant') return true;
  const sa = new Set(a.requirements.map(signature));
  const sb = new Set(b.requirements.map(signature));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Evaluates every policy against the scenario and decides. Pure; never throws on valid inputs. */
export function evaluate(input: WhatIfInput): WhatIfResult {
  const ctx: Context = {
    scenario: input.scenario,
    locations: input.locations
      ? new Map(input.locations.map((l) => [l.id.toLowerCase(), l]))
      : undefined,
    locationMemo: new Map(),
    unset: input.unset ?? 'none',
    ...(input.names ? { names: input.names } : {}),
  };
  const policies = input.policies.map((p) => evaluatePolicy(p, ctx));
  const enforced = policies.filter((p) => p.state === 'enabled');
  const sure = enforced.filter((p) => p.applies === 'yes');
  const maybe = enforced.filter((p) => p.applies === 'unknown');
  const best = outcome(sure);
  const worst = outcome([...sure, ...maybe]);
  const uncertain = maybe.filter((p) => !sameOutcome(best, outcome([...sure, p]))).map((p) => p.id);
  const settled = sameOutcome(best, worst);
  const warnings: Reason[] = [];
  if (!input.scenario.context) warnings.push({ key: 'scenario.noContext', params: {} });
  return {
    verdict: settled ? best.verdict : 'unknown',
    deciding: best.deciding,
    requirements: best.requirements,
    uncertain,
    best,
    worst,
    reportOnly: policies
      .filter((p) => p.reportOnly && p.applies !== 'no')
      .map((p) => ({ policyId: p.id, applies: p.applies, wouldBlock: p.blocks })),
    policies,
    warnings,
  };
}
