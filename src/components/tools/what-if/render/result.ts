/**
 * The whole result region: the verdict (with the inputs counted as none and their switch), "why
 * wasn't I excluded?", then the table of every policy, each one's detail on demand.
 */
import type { Explained, Sentence } from '~/lib/what-if/explain.ts';
import { blockingPolicies } from '~/lib/what-if/outcome.ts';
import type { UnsetDifference, UnsetField } from '~/lib/what-if/summary.ts';
import type { WhatIfResult } from '~/lib/what-if/types.ts';
import type { PolicyContext } from './policy';
import { summaryTable } from './summary';
import { unsetPanel } from './unset';
import { verdict, why } from './verdict';

/** The inputs left out that count as none, and how to see the difference. */
export interface UnsetView {
  fields: readonly UnsetField[];
  difference: () => UnsetDifference;
}

/** Renders a result into the element's result region (`[data-results]`) and shows it. */
export function renderResult(
  root: HTMLElement,
  ctx: Omit<PolicyContext, 'explained'>,
  result: WhatIfResult,
  ex: Explained,
  notes: Sentence[],
  unset?: UnsetView,
) {
  const section = root.querySelector<HTMLElement>('[data-results]');
  const verdictRegion = root.querySelector('[data-verdict-region]');
  const details = root.querySelector('[data-details-region]');
  if (!section || !verdictRegion || !details) return;
  const box = verdict(ctx.s, result, ex, notes);
  if (unset?.fields.length)
    box.append(
      unsetPanel(ctx.s, unset.fields, unset.difference, (t) => ctx.messages[`applies.${t}`]),
    );
  verdictRegion.replaceChildren(box);
  details.replaceChildren();
  const full = { ...ctx, explained: new Map(ex.policies.map((p) => [p.id, p])) };
  details.append(summaryTable(full, result));
  const blocking = blockingPolicies(result);
  if (blocking.length) details.append(why(ctx.s, blocking, ex));
  section.hidden = false;
}
