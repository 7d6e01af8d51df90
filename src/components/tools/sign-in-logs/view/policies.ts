/**
 * The policy sections: the policies that blocked a 53003 (or why none can be shown), the 53003
 * overview, the Block policies that failed on sign-ins with another code, and the policies with
 * unmet requirements and in report-only mode. Each policy is a card with its count, controls and
 * period, a way to its events and its breakdown.
 */
import type { LogSummary, PolicyStats } from '~/lib/sign-in-logs/aggregate';
import { countText, pluralTemplate } from '~/lib/sign-in-logs/plural';
import type { LoadedInfo } from '~/lib/sign-in-logs/protocol';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { breakdown } from './breakdown';
import { newId, section, type ViewContext } from './context';

/** The policies that blocked, or why there are none to show. */
export function blocking(ctx: ViewContext, info: LoadedInfo): HTMLElement {
  const { s } = ctx;
  const { summary } = info;
  const part = section(s['blocking.heading']).section;
  part.append(h('p', {}, s['blocking.intro']));
  if (!info.hasPolicies) {
    // Only CSVs of the portal read, or records without the field: say which.
    const csvOnly = info.files.every((f) => !f.report || f.report.shape === 'portal-csv');
    part.append(h('p', { class: 'warning' }, s[csvOnly ? 'noPolicies.csv' : 'noPolicies.json']));
    return part;
  }
  if (!summary.blocking.length) part.append(h('p', {}, s['blocking.none']));
  if (summary.blockedWithoutPolicy)
    part.append(
      h(
        'p',
        { class: 'note' },
        countText(s, 'blocking.withoutPolicy', ctx.config.locale, summary.blockedWithoutPolicy),
      ),
    );
  if (summary.blockedUnlisted)
    part.append(
      h(
        'p',
        { class: 'note' },
        countText(s, 'blocking.unlisted', ctx.config.locale, summary.blockedUnlisted),
      ),
    );
  if (summary.blocking.length) part.append(policyItems(ctx, 'blocking', summary.blocking));
  return part;
}

/** The 53003 overview: the grouping every format allows. */
export function overview(ctx: ViewContext, summary: LogSummary): HTMLElement {
  const part = section(ctx.s['overview.heading']).section;
  part.append(h('p', {}, ctx.s['overview.intro']), breakdown(ctx, summary.blockedBreakdown));
  return part;
}

/** Role of a policy list → the prefix of its strings. */
const prefixes = {
  'other-failure': 'otherFailure',
  unmet: 'unmet',
  'report-only': 'reportOnly',
} as const;

/** The other-failure, unmet-requirement or report-only policies, in their own section. */
export function policyList(
  ctx: ViewContext,
  role: 'other-failure' | 'unmet' | 'report-only',
  policies: PolicyStats[],
): HTMLElement {
  const prefix = prefixes[role];
  const part = section(ctx.s[`${prefix}.heading`]).section;
  part.append(h('p', {}, ctx.s[`${prefix}.intro`]), policyItems(ctx, role, policies));
  return part;
}

/** One list item per policy: name, count, controls, period, its events, its breakdown. */
function policyItems(ctx: ViewContext, role: PolicyStats['role'], policies: PolicyStats[]) {
  const { s } = ctx;
  const list = h('ol', { class: 'policies' });
  for (const policy of policies) {
    const headingId = newId('policy');
    const item = h(
      'li',
      { class: `policy${role === 'blocking' ? '' : ` is-${role}`}` },
      h('h4', { id: headingId }, policy.displayName),
    );
    // The hooks outside checks read: a blocking policy's name and its 53003 count (blocking
    // policies only); the other lists name theirs apart.
    if (role === 'blocking') {
      item.dataset['policyName'] = policy.displayName;
      item.dataset['count'] = String(policy.count);
    } else {
      const hook = {
        'other-failure': 'otherFailurePolicy',
        unmet: 'unmetPolicy',
        'report-only': 'reportOnlyPolicy',
      } as const;
      item.dataset[hook[role]] = policy.displayName;
    }
    const countLabel = pluralTemplate(
      s,
      role === 'blocking' ? 'policy.count53003' : `${prefixes[role]}.count`,
      ctx.config.locale,
      policy.count,
    );
    item.append(
      h(
        'p',
        {},
        h('span', { class: 'figure' }, ctx.number(policy.count)),
        ` ${countLabel} · ${s['policy.users']}: ${ctx.number(policy.breakdown.users.distinct)}`,
      ),
    );
    if (role === 'report-only')
      item.append(
        h('p', {}, h('span', { class: 'badge' }, s['reportOnly.badge'])),
        h(
          'p',
          { class: 'meta' },
          `${s['reportOnly.results']}: ${policy.results.map((r) => `${r.key} ${ctx.number(r.count)}`).join(' · ')}`,
        ),
      );
    const meta: string[] = [];
    if (policy.grantControls.length)
      meta.push(`${s['policy.grant']}: ${policy.grantControls.join(', ')}`);
    if (policy.breakdown.first !== null)
      meta.push(
        `${s['policy.period']}: ${ctx.time(policy.breakdown.first)} – ${ctx.time(policy.breakdown.last)}`,
      );
    if (meta.length) item.append(h('p', { class: 'meta' }, meta.join(' · ')));
    const button = h(
      'button',
      { class: 'kb-button is-secondary', type: 'button', 'aria-describedby': headingId },
      s['policy.showEvents'],
    );
    button.addEventListener('click', () =>
      ctx.applyFilter(
        { scope: 'all', policy: { key: policy.key, role } },
        fill(s['events.policyFilter'], { name: policy.displayName }),
      ),
    );
    item.append(h('p', {}, button));
    if (policy.count > 0)
      item.append(
        h('details', {}, h('summary', {}, s['policy.breakdown']), breakdown(ctx, policy.breakdown)),
      );
    list.append(item);
  }
  return list;
}
