/**
 * A group of sign-ins broken down: the most frequent users, apps, resources, countries, device
 * states and client types, and a timeline. Bar heights go through the CSSOM, never a style
 * attribute (the Content Security Policy refuses those).
 */
import type { Breakdown, CountEntry, Top } from '~/lib/sign-in-logs/aggregate';
import { appLabel, countryLabel, deviceStateLabel, unitLabel } from '~/lib/sign-in-logs/labels';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { newId, type ViewContext } from './context';

/** Tables of the top users, apps, resources, countries, device states, client types; a timeline. */
export function breakdown(ctx: ViewContext, b: Breakdown): HTMLElement {
  const { s, config } = ctx;
  const orNone = (fn: (key: string) => string) => (key: string) =>
    key ? fn(key) : s['value.none'];
  const same = (key: string) => key;
  const app = (key: string) => appLabel(key, config.apps);
  const grid = h(
    'div',
    { class: 'grid' },
    topTable(ctx, s['dim.users'], b.users, orNone(same)),
    topTable(ctx, s['dim.apps'], b.apps, orNone(app)),
    topTable(ctx, s['dim.resources'], b.resources, orNone(app)),
    topTable(
      ctx,
      s['dim.countries'],
      b.countries,
      orNone((key) => countryLabel(key, ctx.regions)),
    ),
    topTable(ctx, s['dim.deviceStates'], b.deviceStates, (key) => deviceStateLabel(key, s)),
    topTable(ctx, s['dim.clientApps'], b.clientApps, orNone(same)),
  );
  const wrap = h('div', { class: 'overview' }, grid);
  if (b.timeline.length > 1) wrap.append(timeline(ctx, b));
  return wrap;
}

/** One dimension's most frequent values. */
function topTable(ctx: ViewContext, title: string, top: Top, label: (key: string) => string) {
  const body = h('tbody');
  for (const entry of top.entries as CountEntry[])
    body.append(
      h(
        'tr',
        {},
        h('td', {}, label(entry.key)),
        h('td', { class: 'is-number' }, ctx.number(entry.count)),
      ),
    );
  const wrap = h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', { class: 'sr' }, title),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, title),
          h('th', { scope: 'col' }, ctx.s['dim.count']),
        ),
      ),
      body,
    ),
  );
  if (top.distinct > top.entries.length)
    wrap.append(
      h('p', { class: 'note' }, fill(ctx.s['dim.distinct'], { count: ctx.number(top.distinct) })),
    );
  return wrap;
}

/** A bar per time bucket. */
function timeline(ctx: ViewContext, b: Breakdown): HTMLElement {
  const { unit } = ctx;
  const id = newId('timeline');
  const format = new Intl.DateTimeFormat(ctx.config.locale, {
    timeZone: 'UTC',
    ...(unit === 'hour' ? { dateStyle: 'short', timeStyle: 'short' } : { dateStyle: 'medium' }),
  } as Intl.DateTimeFormatOptions);
  const max = Math.max(1, ...b.timeline.map((bucket) => bucket.count));
  const list = h('ol', { class: 'timeline', 'aria-labelledby': id });
  for (const bucket of b.timeline) {
    const bar = h('span', { class: 'bar' });
    bar.style.blockSize = `${(bucket.count / max) * 100}%`;
    if (!bucket.count) bar.style.minBlockSize = '0';
    list.append(
      h(
        'li',
        {},
        bar,
        h('span', { class: 'sr' }, `${format.format(bucket.start)}: ${ctx.number(bucket.count)}`),
      ),
    );
  }
  const first = b.timeline[0];
  const last = b.timeline[b.timeline.length - 1];
  return h(
    'div',
    {},
    h(
      'p',
      { class: 'meta', id },
      fill(ctx.s['timeline.caption'], { unit: unitLabel(unit, ctx.s) }),
    ),
    list,
    h(
      'p',
      { class: 'axis', 'aria-hidden': 'true' },
      h('span', {}, first ? format.format(first.start) : ''),
      h('span', {}, last ? format.format(last.start) : ''),
    ),
  );
}
