/**
 * Inputs left out of the sign-in that Entra's What If counts as none (risk levels, insider risk,
 * the authentication flow, the compliant network): the page names them under the verdict, and a
 * switch shows what would change were they not known instead (`unsetDifference` in
 * `src/lib/what-if/summary.ts`, evaluated only when the switch is turned on).
 */
import type { UnsetDifference, UnsetField } from '~/lib/what-if/summary.ts';
import type { Tri } from '~/lib/what-if/types.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from '../strings';

let uid = 0;

/** The note and its switch; `difference` runs the second evaluation. */
export function unsetPanel(
  s: WhatIfStrings,
  fields: readonly UnsetField[],
  difference: () => UnsetDifference,
  appliesWord: (applies: Tri) => string,
): HTMLElement {
  const id = `kb-what-if-unset-${++uid}`;
  const names = fields.map((f) => s[`unset.field.${f}`]).join(', ');
  const toggle = h('input', { id, type: 'checkbox', role: 'switch', 'data-unset-switch': '' });
  const out = h('div', { class: 'unset-difference', 'aria-live': 'polite', hidden: '' });
  toggle.addEventListener('change', () => {
    out.hidden = !toggle.checked;
    if (!toggle.checked || out.childElementCount) return;
    const d = difference();
    if (!d.changed.length) {
      out.append(h('p', {}, s['unset.same']));
      return;
    }
    out.append(
      h('p', {}, fill(s['unset.verdict'], { verdict: s[`verdict.${d.verdict}`] })),
      h(
        'ul',
        {},
        ...d.changed.map((c) =>
          h(
            'li',
            { 'data-unset-policy-id': c.id },
            fill(s['unset.changed'], {
              name: c.displayName,
              from: appliesWord(c.from),
              to: appliesWord(c.to),
            }),
          ),
        ),
      ),
    );
  });
  return h(
    'div',
    { class: 'unset', 'data-unset': fields.join(' ') },
    h('p', {}, fill(s['unset.note'], { fields: names })),
    h('p', { class: 'field is-check' }, toggle, h('label', { for: id }, s['unset.switch'])),
    out,
  );
}
