/**
 * What Graph beta's per-policy fields say about why a policy applied or not: which inclusion
 * rule caught the user (`includeRulesSatisfied`), which exclusion spared them
 * (`excludeRulesSatisfied`), and which conditions were or were not satisfied. v1.0 records and
 * the portal's downloads do not carry these fields; the explanation then says it cannot tell.
 */
import type { AppliedPolicy, RuleSatisfied } from './types';

/** The explanation of one applied policy. */
export interface PolicyExplanation {
  /** False when the record has none of the beta fields. */
  available: boolean;
  /** Inclusion rules that matched: why the policy applied to this sign-in. */
  caught: RuleSatisfied[];
  /** Exclusion rules that matched: why it did not apply. */
  excludedBy: RuleSatisfied[];
  /**
   * True when the record lists exclusion rules and none matched: no exclusion saved this
   * sign-in (for a blocking policy, the exclusions the admin set did not cover it).
   */
  noExclusionApplied: boolean;
  conditionsSatisfied: string[];
  conditionsNotSatisfied: string[];
}

/** Explains one applied policy from its beta fields. */
export function explainPolicy(p: AppliedPolicy): PolicyExplanation {
  const available =
    p.includeRules !== null ||
    p.excludeRules !== null ||
    p.conditionsSatisfied !== null ||
    p.conditionsNotSatisfied !== null;
  const valid = (r: RuleSatisfied) => r.condition !== '' || r.rule !== '';
  const excludedBy = (p.excludeRules ?? []).filter(valid);
  return {
    available,
    caught: (p.includeRules ?? []).filter(valid),
    excludedBy,
    noExclusionApplied: p.excludeRules !== null && excludedBy.length === 0,
    conditionsSatisfied: p.conditionsSatisfied ?? [],
    conditionsNotSatisfied: p.conditionsNotSatisfied ?? [],
  };
}
