/** The totals and the table of error codes (the files and their warnings are listed before). */
import type { LoadedInfo } from '~/lib/sign-in-logs/protocol';
import { codeLabel } from '~/lib/sign-in-logs/labels';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { section, type ViewContext } from './context';

/** One total: a term and its figure. */
const total = (term: string, figure: HTMLElement, className?: string) =>
  h('div', { class: className }, h('dt', {}, term), figure);

/** Totals and the table of error codes. */
export function totals(ctx: ViewContext, info: LoadedInfo): HTMLElement {
  const { s, number } = ctx;
  const { summary } = info;
  const part = section(s['totals.heading']).section;
  const period =
    summary.first !== null && summary.last !== null
      ? `${ctx.time(summary.first)} – ${ctx.time(summary.last)}`
      : s['value.none'];
  part.append(
    h(
      'dl',
      { class: 'totals' },
      total(s['totals.records'], h('dd', {}, number(summary.total))),
      total(s['totals.failures'], h('dd', {}, number(summary.failures))),
      total(
        s['totals.blocked'],
        h('dd', { 'data-total-blocked': String(summary.blocked) }, number(summary.blocked)),
        'is-key',
      ),
      total(s['totals.blockedUsers'], h('dd', {}, number(summary.blockedUsers))),
      total(
        s['totals.caOther'],
        h('dd', {}, number(summary.conditionalAccessFailures - summary.blocked)),
      ),
      total(s['totals.period'], h('dd', {}, period), 'is-period'),
    ),
  );
  if (summary.codes.length) part.append(codesTable(ctx, summary.codes));
  return part;
}

/** The error codes of the file, each with its meaning, its count and a way to its events. */
function codesTable(ctx: ViewContext, codes: LoadedInfo['summary']['codes']): HTMLElement {
  const { s, config } = ctx;
  const body = h('tbody');
  for (const { code, count } of codes) {
    const known = config.codes.find((c) => c.code === String(code));
    const show = h(
      'button',
      { class: 'link-button', type: 'button', 'aria-label': fill(s['codes.show'], { code }) },
      s['codes.showShort'],
    );
    show.addEventListener('click', () =>
      ctx.applyFilter({ scope: 'all', code }, fill(s['events.codeFilter'], { code })),
    );
    body.append(
      h(
        'tr',
        {},
        h(
          'td',
          { class: 'is-nowrap' },
          known?.href ? h('a', { href: known.href }, String(code)) : String(code),
        ),
        h('td', {}, codeLabel(code, config.codes, s)),
        h('td', { class: 'is-number' }, ctx.number(count)),
        h('td', {}, show),
      ),
    );
  }
  const head = [s['codes.code'], s['codes.meaning'], s['codes.count'], s['events.heading']];
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, s['codes.caption']),
      h('thead', {}, h('tr', {}, ...head.map((text) => h('th', { scope: 'col' }, text)))),
      body,
    ),
  );
}
