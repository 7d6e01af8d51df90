/** What a pasted details block filled in the scenario, and the engine's notes on it. */
import type { FilledField } from '~/lib/what-if/details.ts';
import type { Sentence } from '~/lib/what-if/explain.ts';
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from '../strings';
import { sentenceP } from './sentence';

/** The list of the fields filled (an inferred one says so), then the notes. */
export function filledFields(s: WhatIfStrings, filled: FilledField[], notes: Sentence[]): Node[] {
  const out: Node[] = [];
  if (filled.length)
    out.push(
      h('p', {}, s['details.filled']),
      h(
        'ul',
        {},
        ...filled.map((f) =>
          h(
            'li',
            {},
            `${s[`details.field.${f.field}` as keyof WhatIfStrings] ?? f.field}: `,
            h('code', {}, f.value),
            f.inferred && ` (${s['details.inferred']})`,
          ),
        ),
      ),
    );
  out.push(...notes.map((note) => sentenceP(note, 'note')));
  return out;
}
