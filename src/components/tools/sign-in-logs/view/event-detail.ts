/**
 * One event's details, grouped: sign-in, user, apps, device, location, its policies (with, from
 * Graph beta records, why each applied), the details block a user's error page would show, and a
 * link that opens the checker with it. Every value read from the file reaches the page as text.
 */
import { BLOCK_CODE } from '~/lib/sign-in-logs/aggregate';
import { checkerHref, detailsBlock } from '~/lib/sign-in-logs/details';
import { appLabel, codeLabel, countryLabel } from '~/lib/sign-in-logs/labels';
import { policyReasons } from '~/lib/sign-in-logs/reasons';
import type { SignInRecord } from '~/lib/sign-in-logs/types';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import type { ViewContext } from './context';

/** Everything one event says; `close` is the button that closes the details. */
export function eventDetail(ctx: ViewContext, r: SignInRecord, close: HTMLElement): Node[] {
  const { s, config } = ctx;
  const apps = config.apps;
  const yesNo = (v: boolean | null) =>
    v === null ? s['value.none'] : v ? s['value.yes'] : s['value.no'];
  const heading = h('h3', { tabindex: '-1' }, s['event.heading']);
  const code =
    r.errorCode === null
      ? s['value.none']
      : `${r.errorCode} · ${codeLabel(r.errorCode, config.codes, s)}`;
  const client = [appLabel(r.appDisplayName || r.appId, apps), r.appId].filter(Boolean);
  const resource = [appLabel(r.resourceDisplayName || r.resourceId, apps), r.resourceId].filter(
    Boolean,
  );
  const nodes: Node[] = [
    h('div', { class: 'detail-head' }, heading, close),
    fields(ctx, s['event.signIn'], [
      [s['event.time'], ctx.time(r.time, r.createdDateTime)],
      [s['event.code'], code],
      [s['event.reason'], r.failureReason],
      [s['event.requestId'], r.requestId],
      [s['event.correlationId'], r.correlationId],
      [s['event.caStatus'], r.conditionalAccessStatus],
      [s['event.interactive'], r.interactive === null ? '' : yesNo(r.interactive)],
    ]),
    fields(ctx, s['event.user'], [
      [s['event.upn'], r.userPrincipalName],
      [s['event.userName'], r.userDisplayName],
      [s['event.userId'], r.userId],
    ]),
    fields(ctx, s['event.apps'], [
      [s['event.client'], [...new Set(client)].join(' · ')],
      [s['event.resource'], [...new Set(resource)].join(' · ')],
      [s['event.clientType'], r.clientAppUsed],
    ]),
  ];
  if (client.length && resource.length && r.appId !== r.resourceId)
    nodes.push(
      h(
        'p',
        { class: 'note' },
        fill(s['event.appsNote'], { client: client[0] ?? '', resource: resource[0] ?? '' }),
      ),
    );
  nodes.push(
    fields(ctx, s['event.device'], [
      [s['event.deviceId'], r.device.id],
      [s['event.os'], r.device.operatingSystem],
      [s['event.browser'], r.device.browser],
      [s['event.compliant'], yesNo(r.device.compliant)],
      [s['event.managed'], yesNo(r.device.managed)],
      [s['event.joinType'], r.device.trustType || s['device.noJoin']],
      [s['event.userAgent'], r.userAgent],
    ]),
    fields(ctx, s['event.location'], [
      [s['event.ip'], r.ipAddress],
      [s['event.city'], r.city],
      [s['event.state'], r.state],
      [s['event.country'], countryLabel(r.country, ctx.regions)],
    ]),
    policiesOf(ctx, r),
    h('h4', {}, s['event.detailsBlock']),
    h('p', { class: 'note' }, s['event.detailsIntro']),
    h('pre', {}, detailsBlock(r)),
    h('p', {}, h('a', { href: checkerHref(config.checkerUrl, r) }, s['event.checker'])),
  );
  return nodes;
}

/** A titled list of label/value pairs; empty values show as "not given". */
function fields(ctx: ViewContext, title: string, pairs: [string, string][]): HTMLElement {
  const list = h('dl', { class: 'fields' });
  for (const [label, value] of pairs)
    list.append(h('dt', {}, label), h('dd', {}, value || ctx.s['value.none']));
  return h('div', {}, h('h4', {}, title), list);
}

/** The event's policies: result, controls and, from beta records, why. */
function policiesOf(ctx: ViewContext, r: SignInRecord): HTMLElement {
  const { s } = ctx;
  const wrap = h('div', {}, h('h4', {}, s['event.policies']));
  if (!r.policies?.length) {
    wrap.append(h('p', {}, s['event.noPolicies']));
    return wrap;
  }
  const list = h('ul', { class: 'event-policies' });
  let explained = false;
  for (const p of r.policies) {
    const why = policyReasons(p, ctx.config);
    explained ||= why.available;
    const result = h('dd', {}, p.result || s['value.none']);
    // Only a 53003 was blocked: the same result on another failure is not the cause.
    const blocked = p.failedBlock && r.errorCode === BLOCK_CODE;
    if (blocked) result.append(' ', h('span', { class: 'badge is-blocking' }, s['badge.blocking']));
    if (p.reportOnly) result.append(' ', h('span', { class: 'badge' }, s['reportOnly.badge']));
    const controls = [...p.grantControls, ...p.sessionControls].join(', ');
    const dl = h(
      'dl',
      { class: 'fields' },
      h('dt', {}, s['event.result']),
      result,
      h('dt', {}, s['event.controls']),
      h('dd', {}, controls || s['value.none']),
    );
    if (why.lines.length)
      dl.append(
        h('dt', {}, s['event.why']),
        h('dd', {}, h('ul', { class: 'why' }, ...why.lines.map((line) => h('li', {}, line)))),
      );
    list.append(
      h(
        'li',
        { class: blocked ? 'is-blocking' : p.reportOnly ? 'is-report-only' : undefined },
        h('strong', {}, p.displayName || p.id || s['value.none']),
        dl,
      ),
    );
  }
  wrap.append(list);
  if (!explained) wrap.append(h('p', { class: 'note' }, s['why.unavailable']));
  return wrap;
}
