/**
 * A group of sign-ins broken down: the most frequent users, apps, resources, countries, device
 * platforms, device states and client types, counted in sign-ins or in distinct users (a switch,
 * as in the Conditional Access insights workbook), and a timeline. Bar heights go through the
 * CSSOM, never a style attribute (the Content Security Policy refuses those).
 */
import type { Breakdown, Top } from '~/lib/sign-in-logs/aggregate';
import { topEntries, type CountBy } from '~/lib/sign-in-logs/words';
import {
  appLabel,
  countryLabel,
  deviceStateLabel,
  platformLabel,
  unitLabel,
} from '~/lib/sign-in-logs/labels';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { newId, type ViewContext } from './context';

/** Tables of the top users, apps, resources, countries, platforms, device states, client types. */
export function breakdown(ctx: ViewContext, b: Breakdown): HTMLElement {
  const { s, config } = ctx;
  const orNone = (fn: (key: string) => string) => (key: string) =>
    key ? fn(key) : s['value.none'];
  const same = (key: string) => key;
  const app = (key: string) => appLabel(key, config.apps);
  const grid = h('div', { class: 'grid' });
  const render = (by: CountBy) =>
    grid.replaceChildren(
      topTable(ctx, s['dim.users'], b.users, orNone(same), by),
      topTable(ctx, s['dim.apps'], b.apps, orNone(app), by),
      topTable(ctx, s['dim.resources'], b.resources, orNone(app), by),
      topTable(
        ctx,
        s['dim.countries'],
        b.countries,
        orNone((key) => countryLabel(key, ctx.regions)),
        by,
      ),
      topTable(
        ctx,
        s['dim.platforms'],
        b.platforms,
        orNone((key) => platformLabel(key, s)),
        by,
      ),
      topTable(ctx, s['dim.deviceStates'], b.deviceStates, (key) => deviceStateLabel(key, s), by),
      topTable(ctx, s['dim.clientApps'], b.clientApps, orNone(same), by),
    );
  render('sign-ins');
  const wrap = h('div', { class: 'overview' }, countSwitch(ctx, render), grid);
  if (b.timeline.length > 1) wrap.append(timeline(ctx, b));
  return wrap;
}

/** The switch between counting sign-ins and counting distinct users. */
function countSwitch(ctx: ViewContext, onChange: (by: CountBy) => void): HTMLElement {
  const name = newId('count-by');
  const options = (['sign-ins', 'users'] as const).map((by) => {
    const input = h('input', { type: 'radio', name, value: by, 'data-count-by': by });
    input.checked = by === 'sign-ins';
    input.addEventListener('change', () => {
      if (input.checked) onChange(by);
    });
    return h('label', {}, input, ` ${ctx.s[`countBy.${by}`]}`);
  });
  return h('fieldset', { class: 'count-by' }, h('legend', {}, ctx.s['countBy.label']), ...options);
}

/** One dimension's most frequent values, by sign-ins or by users. */
function topTable(
  ctx: ViewContext,
  title: string,
  top: Top,
  label: (key: string) => string,
  by: CountBy,
) {
  const body = h('tbody');
  for (const entry of topEntries(top, by))
    body.append(
      h(
        'tr',
        {},
        h('td', {}, label(entry.key)),
        h('td', { class: 'is-number' }, ctx.number(by === 'users' ? entry.users : entry.count)),
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
          h('th', { scope: 'col' }, ctx.s[by === 'users' ? 'dim.users.count' : 'dim.count']),
        ),
      ),
      body,
    ),
  );
  if (top.distinct > body.rows.length)
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
