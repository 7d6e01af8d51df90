/**
 * The lookup: a Request Id, a Correlation Id or a whole details block pasted from a user's error
 * page, and the sign-ins it points to. One match opens straight away.
 */
import type { Ask } from '~/lib/sign-in-logs/protocol';
import { appLabel } from '~/lib/sign-in-logs/labels';
import { extractIds } from '~/lib/sign-in-logs/query';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import { newId, section, type ViewContext } from './context';

/** The lookup form, its status line and its results. */
export function lookup(ctx: ViewContext, ask: Ask): HTMLElement {
  const { s } = ctx;
  const part = section(s['lookup.heading']).section;
  const inputId = newId('lookup');
  const hintId = newId('lookup-hint');
  const input = h('textarea', {
    id: inputId,
    rows: '3',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': hintId,
  });
  const status = h('p', { role: 'status' });
  const results = h('ul', { class: 'lookup-results' });
  const form = h(
    'form',
    {},
    h('label', { for: inputId }, s['lookup.label']),
    h('p', { class: 'note', id: hintId }, s['lookup.hint']),
    input,
    h('button', { class: 'kb-button', type: 'submit' }, s['lookup.submit']),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void find(ctx, ask, input.value, status, results);
  });
  part.append(form, status, results);
  return part;
}

/** Runs a lookup and lists what it found; one match opens straight away. */
async function find(
  ctx: ViewContext,
  ask: Ask,
  text: string,
  status: HTMLElement,
  results: HTMLElement,
) {
  const { s } = ctx;
  results.replaceChildren();
  const ids = extractIds(text);
  if (!ids.requestIds.length && !ids.correlationIds.length && !ids.unlabelled.length) {
    status.textContent = s['lookup.noId'];
    return;
  }
  const response = await ask({ type: 'lookup', text });
  if (response.type !== 'lookup') return;
  if (!response.rows.length) {
    status.textContent = s['lookup.none'];
    return;
  }
  status.textContent = fill(s['lookup.found'], { count: ctx.number(response.rows.length) });
  response.rows.forEach((row, i) => {
    const by =
      response.matches[i]?.by === 'requestId' ? s['lookup.byRequest'] : s['lookup.byCorrelation'];
    const button = h(
      'button',
      { class: 'link-button', type: 'button' },
      `${ctx.time(row.time, row.createdDateTime)} · ${row.user || s['value.none']} · ${appLabel(row.app, ctx.config.apps)}`,
    );
    button.addEventListener('click', () => ctx.showEvent(row.index, button));
    results.append(h('li', {}, button, ` (${by}, ${row.errorCode ?? s['value.none']})`));
  });
  const only = results.querySelector('button');
  if (response.rows.length === 1 && only) ctx.showEvent(response.rows[0]?.index ?? 0, only);
}
