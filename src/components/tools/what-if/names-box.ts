/**
 * The optional names box (ids of groups, users and apps with their names), built by `kb-what-if`
 * as soon as its strings arrive: it serves only the script, so the page's HTML does not carry it
 * (the first round trip has no bytes to spare). What the reader pasted is kept in this browser
 * (`localStorage`) and put back here; the controller reads it and stores each change.
 */
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from './strings';

/** Where the pasted id → name map is kept, in this browser only. */
export const NAMES_KEY = 'kb-what-if-names';

/** The names this browser kept, if storage is on. */
function keptNames(): string {
  try {
    return localStorage.getItem(NAMES_KEY) ?? '';
  } catch {
    // Storage may be off (private mode, a policy): the box still works for this visit.
    return '';
  }
}

/** The box, with the names this browser kept. */
export function namesBox(s: WhatIfStrings): HTMLElement {
  const box = h('textarea', {
    id: 'kb-what-if-names',
    rows: '4',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'kb-what-if-names-hint',
    'data-names': '',
  });
  box.value = keptNames();
  return h(
    'details',
    { class: 'part names' },
    h('summary', {}, s['names.summary']),
    h('label', { for: 'kb-what-if-names' }, s['names.label']),
    h('p', { id: 'kb-what-if-names-hint', class: 'hint' }, s['names.hint']),
    box,
    h('p', { class: 'hint', role: 'status', 'data-names-count': '' }),
    h(
      'button',
      { type: 'button', class: 'kb-button is-secondary', 'data-names-forget': '' },
      s['names.forget'],
    ),
  );
}
