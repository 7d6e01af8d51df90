/**
 * The result's table, first: one row per policy (its name, whether it applies, the first
 * condition that decided it, its controls), with a filter and a sort above it and each policy's
 * full detail on demand (built when its button is first pressed). Rows carry the hooks outside
 * checks read: `data-policy-id`, `data-applies` (`no` for a disabled policy) and
 * `data-report-only`. Filtering hides rows, it never removes them. Which rows pass and in what
 * order is decided in `src/lib/what-if/summary.ts`.
 */
import { controlsSentence, say, type Explained, type Sentence } from '~/lib/what-if/explain.ts';
import {
  filterRows,
  sortRows,
  summarise,
  type RowFilter,
  type SortKey,
  type SummaryRow,
} from '~/lib/what-if/summary.ts';
import type { PolicyResult, Tri, WhatIfResult } from '~/lib/what-if/types.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { policyCard, type PolicyContext } from './policy';
import { icon, sentenceNodes, triIcons } from './sentence';

const sortKeys: readonly SortKey[] = ['input', 'name', 'applies', 'state', 'control', 'condition'];
const appliesChoices = ['', 'yes', 'unknown', 'no', 'off'] as const;

let uid = 0;

/** A labelled select whose options are `[value, label]`. */
function select(id: string, label: string, options: [string, string][]) {
  const el = h('select', { id });
  for (const [value, text] of options) el.append(h('option', { value }, text));
  return { el, wrap: h('p', { class: 'field' }, h('label', { for: id }, label), el) };
}

/** The summary table with its filter, sort and details on demand. */
export function summaryTable(ctx: PolicyContext, result: WhatIfResult): HTMLElement {
  const { s } = ctx;
  const n = ++uid;
  const rows = summarise(result);
  const byId = new Map(result.policies.map((p) => [p.id, p]));
  const explained = ctx.explained;

  const applies = select(
    `kb-what-if-filter-${n}`,
    s['filter.applies'],
    appliesChoices.map((v) => [v, s[`filter.applies.${v || 'all'}`]]),
  );
  const state = select(`kb-what-if-state-${n}`, s['filter.state'], [
    ['', s['filter.state.all']],
    ['enabled', s['filter.state.enabled']],
    ['report-only', s['filter.state.reportOnly']],
  ]);
  const sort = select(
    `kb-what-if-sort-${n}`,
    s['sort.label'],
    sortKeys.map((k) => [k, s[`sort.${k}`]]),
  );
  const textId = `kb-what-if-find-${n}`;
  const text = h('input', { id: textId, type: 'search', autocomplete: 'off' });
  const blockId = `kb-what-if-blocking-${n}`;
  const blocking = h('input', { id: blockId, type: 'checkbox' });
  const shown = h('p', { class: 'note', role: 'status', 'data-summary-shown': '' });
  const none = h('p', { class: 'note', hidden: '' }, s['summary.none']);

  const head = h(
    'tr',
    {},
    ...(['policy', 'applies', 'decided', 'controls'] as const).map((k) =>
      h('th', { scope: 'col' }, s[`summary.col.${k}`]),
    ),
  );
  const body = h('tbody');
  const rowEls = new Map<string, Row>();
  for (const row of rows) {
    const p = byId.get(row.id);
    if (p) rowEls.set(row.id, summaryRow(ctx, row, p, explained.get(row.id)));
  }

  const controls = h(
    'div',
    { class: 'summary-controls' },
    applies.wrap,
    state.wrap,
    h('p', { class: 'field' }, h('label', { for: textId }, s['filter.text']), text),
    h(
      'p',
      { class: 'field is-check' },
      blocking,
      h('label', { for: blockId }, s['filter.blocking']),
    ),
    sort.wrap,
  );

  const update = () => {
    const filter: RowFilter = {
      text: text.value,
      blocking: blocking.checked,
    };
    if (applies.el.value) filter.applies = [applies.el.value as Tri | 'off'];
    if (state.el.value) filter.state = state.el.value as 'enabled' | 'report-only';
    const pass = new Set(filterRows(rows, filter).map((r) => r.id));
    const ordered = sortRows(rows, sort.el.value as SortKey, 'asc', document.documentElement.lang);
    for (const row of ordered) {
      const tr = rowEls.get(row.id);
      if (!tr) continue;
      tr.hidden = !pass.has(row.id);
      body.append(tr);
      // A detail row opened earlier follows its policy.
      const detail = tr.nextDetail;
      if (detail) {
        detail.hidden = tr.hidden || !tr.open;
        body.append(detail);
      }
    }
    shown.textContent = fill(s['summary.shown'], { shown: pass.size, total: rows.length });
    none.hidden = pass.size > 0;
  };
  for (const el of [applies.el, state.el, sort.el, blocking]) el.addEventListener('change', update);
  text.addEventListener('input', update);
  update();

  return h(
    'div',
    { class: 'summary' },
    h('h4', {}, s['summary.heading']),
    controls,
    shown,
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, head), body)),
    none,
  );
}

/** A row, and the state of its detail row. */
type Row = HTMLTableRowElement & { nextDetail?: HTMLTableRowElement; open?: boolean };

/** One policy's row; its detail is built the first time it is asked for. */
function summaryRow(
  ctx: PolicyContext,
  row: SummaryRow,
  p: PolicyResult,
  exp: Explained['policies'][number] | undefined,
): Row {
  const { s } = ctx;
  const detailId = `kb-what-if-detail-${++uid}`;
  const button = h(
    'button',
    {
      type: 'button',
      class: 'kb-button is-secondary is-small',
      'aria-expanded': 'false',
      'aria-controls': detailId,
      'aria-label': fill(s['summary.detailsOf'], { name: row.displayName }),
    },
    s['summary.details'],
  );
  const appliesWord =
    row.applies === 'off' || !exp ? s['policy.skipped'] : sentenceNodes(exp.applies);
  const decided = decidedCell(ctx, row, exp);
  const tr: Row = h(
    'tr',
    {
      class: `is-applies-${row.applies}${p.blocks ? ' is-blocking' : ''}`,
      'data-policy-id': p.id,
      'data-applies': row.applies === 'off' ? 'no' : row.applies,
      'data-report-only': p.reportOnly && '',
    },
    h(
      'th',
      { scope: 'row' },
      h('span', { class: 'policy-name' }, row.displayName),
      p.reportOnly && h('span', { class: 'badge is-report-only' }, s['policy.reportOnly']),
      row.notEvaluated && h('span', { class: 'badge is-unknown' }, s['summary.notEvaluated']),
      ' ',
      button,
    ),
    h(
      'td',
      { class: `outcome is-${row.applies}` },
      icon(row.applies === 'off' ? '–' : triIcons[row.applies]),
      ' ',
      appliesWord,
    ),
    decided,
    h('td', {}, controlsCell(ctx, p)),
  );
  button.addEventListener('click', () => {
    tr.open = !tr.open;
    button.setAttribute('aria-expanded', String(tr.open));
    if (!tr.nextDetail) {
      const cell = h('td', { colspan: '4' }, policyCard(ctx, p));
      tr.nextDetail = h('tr', { class: 'detail', id: detailId }, cell);
      tr.after(tr.nextDetail);
    }
    tr.nextDetail.hidden = !tr.open;
  });
  return tr;
}

/** The first condition that decided, with its reason; for a policy that applies, "all match". */
function decidedCell(
  ctx: PolicyContext,
  row: SummaryRow,
  exp: Explained['policies'][number] | undefined,
): HTMLElement {
  if (row.applies === 'off') return h('td', {}, '–');
  if (!row.decidedBy) return h('td', {}, ctx.s['summary.allMatch']);
  const index = exp?.conditions.findIndex((c) => c.condition === row.decidedBy?.condition) ?? -1;
  const e = index >= 0 ? exp?.conditions[index] : undefined;
  if (!e) return h('td', {}, row.decidedBy.condition);
  return h(
    'td',
    { 'data-decided-by': row.decidedBy.condition },
    h('strong', {}, sentenceNodes(e.name)),
    ': ',
    sentenceNodes(e.reason),
  );
}

/** What the policy asks: *Block access*, its grant controls, its session controls. */
function controlsCell(ctx: PolicyContext, p: PolicyResult): DocumentFragment {
  const out = document.createDocumentFragment();
  const parts: Sentence[] = [];
  if (p.blocks) parts.push(say('control.block', ctx.messages));
  else if (p.requirement) parts.push(controlsSentence(p.requirement, ctx.messages));
  parts.forEach((part) => out.append(sentenceNodes(part)));
  if (p.sessionControls.length) {
    if (parts.length) out.append(h('br'));
    out.append(fill(ctx.s['policy.session'], { list: p.sessionControls.join(', ') }));
  }
  if (!out.childNodes.length) out.append('–');
  return out;
}
