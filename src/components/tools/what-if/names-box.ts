/**
 * The optional names box (ids of groups, users and apps with their names), built by `kb-what-if`
 * as soon as its strings arrive: it serves only the script, so the page's HTML does not carry it
 * (the first round trip has no bytes to spare). The controller reads it and keeps it in this
 * browser.
 */
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from './strings';

export function namesBox(s: WhatIfStrings): HTMLElement {
  return h(
    'details',
    { class: 'part names' },
    h('summary', {}, s['names.summary']),
    h('label', { for: 'kb-what-if-names' }, s['names.label']),
    h('p', { id: 'kb-what-if-names-hint', class: 'hint' }, s['names.hint']),
    h('textarea', {
      id: 'kb-what-if-names',
      rows: '4',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'kb-what-if-names-hint',
      'data-names': '',
    }),
    h('p', { class: 'hint', role: 'status', 'data-names-count': '' }),
    h(
      'button',
      { type: 'button', class: 'kb-button is-secondary', 'data-names-forget': '' },
      s['names.forget'],
    ),
  );
}
