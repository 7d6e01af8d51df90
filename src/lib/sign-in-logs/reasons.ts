/**
 * The "why" lines of one policy in an event's details: which inclusion rule caught the sign-in,
 * which exclusion spared it, that no exclusion applied, which conditions were not satisfied.
 * Built from Graph beta's per-policy fields (`explain.ts`) in the page's words.
 */
import { fill } from '../text';
import { explainPolicy } from './explain';
import { ruleLabel, type ClientConfig } from './labels';
import type { AppliedPolicy, RuleSatisfied } from './types';

/** The lines, and whether the record carried the fields they come from at all. */
export interface PolicyReasons {
  lines: string[];
  /** False when the record has none of the beta fields (v1.0, the portal's downloads). */
  available: boolean;
}

/** Why one policy of an event applied or not, as sentences. */
export function policyReasons(
  p: AppliedPolicy,
  config: Pick<ClientConfig, 'strings' | 'conditions' | 'rules'>,
): PolicyReasons {
  const s = config.strings;
  const why = explainPolicy(p);
  const rules = (found: RuleSatisfied[]) => found.map((r) => ruleLabel(r, config)).join('; ');
  const lines: string[] = [];
  if (why.caught.length) lines.push(fill(s['why.caught'], { rules: rules(why.caught) }));
  if (why.excludedBy.length) lines.push(fill(s['why.excluded'], { rules: rules(why.excludedBy) }));
  if (why.noExclusionApplied && why.caught.length) lines.push(s['why.noExclusion']);
  if (why.conditionsNotSatisfied.length)
    lines.push(
      fill(s['why.notSatisfied'], {
        conditions: why.conditionsNotSatisfied.map((c) => config.conditions[c] ?? c).join(', '),
      }),
    );
  return { lines, available: why.available };
}
