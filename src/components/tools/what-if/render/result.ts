/** The whole result region: the verdict, "why wasn't I excluded?", then every policy. */
import type { Explained, Sentence } from '~/lib/what-if/explain.ts';
import { blockingPolicies } from '~/lib/what-if/outcome.ts';
import type { WhatIfResult } from '~/lib/what-if/types.ts';
import { policyList, type PolicyContext } from './policy';
import { verdict, why } from './verdict';

/** Renders a result into the element's result region (`[data-results]`) and shows it. */
export function renderResult(
  root: HTMLElement,
  ctx: Omit<PolicyContext, 'explained'>,
  result: WhatIfResult,
  ex: Explained,
  notes: Sentence[],
) {
  const section = root.querySelector<HTMLElement>('[data-results]');
  const verdictRegion = root.querySelector('[data-verdict-region]');
  const details = root.querySelector('[data-details-region]');
  if (!section || !verdictRegion || !details) return;
  verdictRegion.replaceChildren(verdict(ctx.s, result, ex, notes));
  details.replaceChildren();
  const blocking = blockingPolicies(result);
  if (blocking.length) details.append(why(ctx.s, blocking, ex));
  details.append(
    policyList({ ...ctx, explained: new Map(ex.policies.map((p) => [p.id, p])) }, result),
  );
  section.hidden = false;
}
