/**
 * One policy in full, as the summary table opens it: whether it applies, what it asks, and a
 * table of its conditions with each outcome and reason. A device-filter rule that
 * does not parse is shown with a caret under the error; a rule that does shows its parts.
 */
import type { Explained } from '~/lib/what-if/explain.ts';
import type { Messages } from '~/lib/what-if/messages.ts';
import { requirementSentence } from '~/lib/what-if/explain.ts';
import { portalLabelSentence, ruleCaret } from '~/lib/what-if/outcome.ts';
import type { Policy, PolicyResult, Reason } from '~/lib/what-if/types.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from '../strings';
import { icon, outcomeIcons, sentenceNodes, sentenceP, triIcons } from './sentence';

type Explanation = Explained['policies'][number];
type Leaves = NonNullable<PolicyResult['conditions'][number]['trace']>['leaves'];

/** What the policy renderers share. */
export interface PolicyContext {
  s: WhatIfStrings;
  messages: Messages;
  /** The explanation of each evaluated policy, by id. */
  explained: ReadonlyMap<string, Explanation>;
  /** The policies as read, by id (for the text of a rule that does not parse). */
  policies: ReadonlyMap<string, Policy>;
}

/** One policy's full detail (the summary table opens it on demand). */
export function policyCard(ctx: PolicyContext, p: PolicyResult): HTMLElement {
  return p.state === 'disabled' ? disabled(ctx.s, p) : policy(ctx, p);
}

/** A disabled policy: listed, not evaluated. */
function disabled(s: WhatIfStrings, p: PolicyResult): HTMLElement {
  return h(
    'div',
    { class: 'policy is-disabled', 'data-detail-of': p.id },
    h('h6', {}, p.displayName),
    h('p', { class: 'tri' }, icon('–'), ` ${s['policy.skipped']}`),
  );
}

/** One evaluated policy: whether it applies, what it asks, and each condition. */
function policy(ctx: PolicyContext, p: PolicyResult): HTMLElement {
  const { s } = ctx;
  const exp = ctx.explained.get(p.id);
  const classes = ['policy', `is-applies-${p.applies}`];
  if (p.reportOnly) classes.push('is-report-only');
  if (p.blocks) classes.push('is-blocking');
  const li = h(
    'div',
    { class: classes.join(' '), 'data-detail-of': p.id },
    h('h6', {}, p.displayName),
  );
  const applies = h(
    'span',
    { class: `badge is-${p.applies}` },
    icon(triIcons[p.applies]),
    ' ',
    exp && sentenceNodes(exp.applies),
  );
  li.append(
    h(
      'p',
      { class: 'badges' },
      applies,
      p.reportOnly && ' ',
      p.reportOnly && h('span', { class: 'badge is-report-only' }, s['policy.reportOnly']),
    ),
  );
  if (p.blocks) {
    li.append(sentenceP(portalLabelSentence(s['policy.blocks'], 'Block access')));
    if (p.reportOnly) li.append(h('p', { class: 'note' }, s['policy.wouldBlock']));
  } else if (p.requirement) {
    li.append(sentenceP(requirementSentence(p.requirement, p.displayName, ctx.messages)));
  }
  if (p.sessionControls.length)
    li.append(
      h('p', { class: 'note' }, fill(s['policy.session'], { list: p.sessionControls.join(', ') })),
    );
  for (const issue of exp?.issues ?? []) li.append(sentenceP(issue, 'warning'));
  if (exp && p.conditions.length) li.append(conditions(ctx, p, exp));
  return li;
}

/** The conditions table, open when the policy applies or may. */
function conditions(ctx: PolicyContext, p: PolicyResult, exp: Explanation): HTMLElement {
  const { s } = ctx;
  // Explicit roles: on a phone the CSS shows rows as blocks, which would drop table semantics.
  const head = h(
    'tr',
    { role: 'row' },
    ...(['col.condition', 'col.result', 'col.reason'] as const).map((key) =>
      h('th', { scope: 'col', role: 'columnheader' }, s[key]),
    ),
  );
  const body = h('tbody', { role: 'rowgroup' });
  p.conditions.forEach((c, i) => {
    const e = exp.conditions[i];
    if (!e) return;
    const invalidRule = c.reason.key === 'devices.invalidRule';
    const reason = h(
      'td',
      { role: 'cell' },
      sentenceP(e.reason, invalidRule ? 'rule-error' : undefined),
      invalidRule && ruleMarker(c.reason, ctx.policies.get(p.id)),
      ...e.notes.map((note) => sentenceP(note, 'note')),
      c.trace && c.trace.leaves.length > 0 && trace(s, c.trace.leaves),
    );
    body.append(
      h(
        'tr',
        {
          class: `is-${c.result}`,
          role: 'row',
          'data-condition': c.condition,
          'data-result': c.result,
        },
        h('th', { scope: 'row', role: 'rowheader' }, sentenceNodes(e.name)),
        h(
          'td',
          { class: 'outcome', role: 'cell' },
          icon(outcomeIcons[c.result]),
          ' ',
          sentenceNodes(e.outcome),
        ),
        reason,
      ),
    );
  });
  const details = h(
    'details',
    { class: 'conditions' },
    h('summary', {}, s['policy.conditions']),
    h(
      'div',
      { class: 'table-wrap' },
      h('table', { role: 'table' }, h('thead', { role: 'rowgroup' }, head), body),
    ),
  );
  details.open = p.applies !== 'no';
  return details;
}

/**
 * A device-filter rule that does not parse, under the engine's sentence (which names the error
 * and its position): the rule with a caret under the place of the error.
 */
function ruleMarker(reason: Reason, policy?: Policy): HTMLElement | false {
  const rule = policy?.conditions.deviceFilter?.rule;
  if (rule === undefined) return false;
  const offset = Number(reason.params.offset) || 0;
  const { before, caret, after } = ruleCaret(rule, offset);
  return h(
    'pre',
    { class: 'rule', 'data-error-offset': String(offset) },
    before,
    '\n',
    h('span', { class: 'marker', 'aria-hidden': 'true' }, caret),
    after,
  );
}

/** The parts of a device filter rule, each with its result on the scenario's device. */
function trace(s: WhatIfStrings, leaves: Leaves): HTMLElement {
  return h(
    'div',
    { class: 'trace' },
    h('p', { class: 'note' }, s['rule.parts']),
    h(
      'ul',
      {},
      ...leaves.map((leaf) => {
        const value =
          leaf.actual === undefined
            ? s['rule.actualUnknown']
            : leaf.actual === null
              ? s['rule.actualEmpty']
              : fill(s['rule.actual'], {
                  value: Array.isArray(leaf.actual) ? leaf.actual.join(', ') : leaf.actual,
                });
        return h(
          'li',
          {},
          h('code', {}, leaf.text),
          ' ',
          icon(triIcons[leaf.result]),
          ` ${s[`tri.${leaf.result}`]} (${value})`,
        );
      }),
    ),
  );
}
