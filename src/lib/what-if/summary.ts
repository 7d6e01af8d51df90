/**
 * The result as a table first: one row per policy with whether it applies, the first condition
 * that decided it (Entra's What If lists, for each policy that does not apply, the first condition
 * that is not met), and its controls; filters and sorts for the page; the warnings once each;
 * and what would change if the inputs Entra counts as "none" were unknown instead.
 */
import { evaluate, type WhatIfInput } from './engine.ts';
import type {
  ConditionId,
  ConditionResult,
  PolicyResult,
  PolicyState,
  Reason,
  Requirement,
  Tri,
  Verdict,
  WhatIfResult,
} from './types.ts';

/** One row of the summary table. */
export interface SummaryRow {
  id: string;
  displayName: string;
  state: PolicyState;
  /** `off` for a disabled policy (listed, never evaluated). */
  applies: Tri | 'off';
  /** The condition that decided: the first not met, or the first that cannot be told. */
  decidedBy?: ConditionResult;
  blocks: boolean;
  requirement?: Requirement;
  sessionControls: string[];
  /** Whether the policy sets conditions the engine does not evaluate. */
  notEvaluated: boolean;
}

/** The condition that decided a policy's outcome (none when every condition matches). */
export function decidingCondition(p: PolicyResult): ConditionResult | undefined {
  if (p.applies === 'no') return p.conditions.find((c) => c.result === 'noMatch');
  if (p.applies === 'unknown') return p.conditions.find((c) => c.result === 'unknown');
  return undefined;
}

/** One row per policy, in the input's order. */
export function summarise(result: WhatIfResult): SummaryRow[] {
  return result.policies.map((p) => {
    const row: SummaryRow = {
      id: p.id,
      displayName: p.displayName,
      state: p.state,
      applies: p.state === 'disabled' ? 'off' : p.applies,
      blocks: p.blocks,
      sessionControls: p.sessionControls,
      notEvaluated: p.conditions.some(
        (c) => c.condition === 'notEvaluated' && c.result === 'unknown',
      ),
    };
    const decided = decidingCondition(p);
    if (decided) row.decidedBy = decided;
    if (p.requirement) row.requirement = p.requirement;
    return row;
  });
}

/** What the table can be narrowed to. */
export interface RowFilter {
  /** Which outcomes to keep (all when empty or absent). */
  applies?: readonly (Tri | 'off')[];
  /** Keep only enforced (`enabled`) or only report-only policies. */
  state?: 'enabled' | 'report-only';
  /** Only policies that block. */
  blocking?: boolean;
  /** Words that must all appear in the name or the id (any case). */
  text?: string;
}

/** The rows that pass the filter. */
export function filterRows(rows: readonly SummaryRow[], f: RowFilter): SummaryRow[] {
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!f.applies?.length || f.applies.includes(r.applies)) &&
      (!f.state ||
        (f.state === 'enabled'
          ? r.state === 'enabled'
          : r.state === 'enabledForReportingButNotEnforced')) &&
      (!f.blocking || r.blocks) &&
      words.every((w) => `${r.displayName} ${r.id}`.toLowerCase().includes(w)),
  );
}

export type SortKey = 'input' | 'name' | 'applies' | 'state' | 'control' | 'condition';

const appliesRank: Record<Tri | 'off', number> = { yes: 0, unknown: 1, no: 2, off: 3 };
const stateRank: Record<PolicyState, number> = {
  enabled: 0,
  enabledForReportingButNotEnforced: 1,
  disabled: 2,
};
/** The conditions in the order the engine checks them (and Entra's What If lists them). */
export const conditionIds: readonly ConditionId[] = [
  'users',
  'workloadIdentities',
  'applications',
  'platforms',
  'locations',
  'clientApps',
  'devices',
  'deviceStates',
  'signInRisk',
  'userRisk',
  'servicePrincipalRisk',
  'insiderRisk',
  'authenticationFlows',
  'times',
  'notEvaluated',
];
const conditionRank = new Map<ConditionId | undefined, number>(conditionIds.map((c, i) => [c, i]));
/** Block first, then policies that ask for something, then session-only ones. */
const controlRank = (r: SummaryRow) => (r.blocks ? 0 : r.requirement ? 1 : 2);

/** The rows sorted by `key` (stable: ties keep the input's order). */
export function sortRows(
  rows: readonly SummaryRow[],
  key: SortKey,
  direction: 'asc' | 'desc' = 'asc',
  locale = 'en',
): SummaryRow[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const indexed = rows.map((r, i) => ({ r, i }));
  const compare = (a: SummaryRow, b: SummaryRow): number => {
    switch (key) {
      case 'name':
        return collator.compare(a.displayName, b.displayName);
      case 'applies':
        return appliesRank[a.applies] - appliesRank[b.applies];
      case 'state':
        return stateRank[a.state] - stateRank[b.state];
      case 'control':
        return controlRank(a) - controlRank(b);
      case 'condition':
        return (
          (conditionRank.get(a.decidedBy?.condition) ?? -1) -
          (conditionRank.get(b.decidedBy?.condition) ?? -1)
        );
      default:
        return 0;
    }
  };
  const sign = direction === 'desc' ? -1 : 1;
  return indexed.sort((x, y) => sign * compare(x.r, y.r) || x.i - y.i).map((x) => x.r);
}

/** Each warning once (same key and same values), in the order first seen. */
export function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const k = `${r.key}\u0000${JSON.stringify(r.params)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The scenario fields Entra's What If counts as "none" when left out. */
export type UnsetField =
  | 'signInRiskLevel'
  | 'userRiskLevels'
  | 'servicePrincipalRiskLevel'
  | 'insiderRiskLevel'
  | 'transferMethod'
  | 'compliantNetwork';

/** Which of those fields the scenario leaves out. */
export function unsetFields(input: WhatIfInput): UnsetField[] {
  const s = input.scenario;
  const out: UnsetField[] = [];
  if (!s.signInRiskLevel) out.push('signInRiskLevel');
  if (!s.userRiskLevels?.length) out.push('userRiskLevels');
  if (s.identity.kind === 'servicePrincipal' && !s.servicePrincipalRiskLevel)
    out.push('servicePrincipalRiskLevel');
  if (!s.insiderRiskLevel) out.push('insiderRiskLevel');
  if (!s.transferMethod) out.push('transferMethod');
  const gsa = input.locations?.some((l) => l.kind === 'compliantNetwork');
  if (gsa && s.directory.compliantNetwork === undefined) out.push('compliantNetwork');
  return out;
}

/** What changes when the fields left out are "not known" rather than "none". */
export interface UnsetDifference {
  fields: UnsetField[];
  /** The verdict with them unknown. */
  verdict: Verdict;
  /** Policies whose outcome changes: from (as none) → to (as unknown). */
  changed: { id: string; displayName: string; from: Tri; to: Tri }[];
}

/** Evaluates again with the unset fields unknown and lists what moves. */
export function unsetDifference(input: WhatIfInput, asNone: WhatIfResult): UnsetDifference {
  const asUnknown = evaluate({ ...input, unset: 'unknown' });
  const before = new Map(asNone.policies.map((p) => [p.id, p.applies]));
  const changed = asUnknown.policies
    .filter((p) => p.state !== 'disabled' && before.get(p.id) !== p.applies)
    .map((p) => ({
      id: p.id,
      displayName: p.displayName,
      from: before.get(p.id) ?? 'unknown',
      to: p.applies,
    }));
  return { fields: unsetFields(input), verdict: asUnknown.verdict, changed };
}
