/**
 * The top of the result: the verdict box (what happens, which policies decide, what is
 * uncertain, what to satisfy, the warnings) and, for each blocking policy, "why wasn't I
 * excluded?": its exclusions and how to fall under them.
 */
import type { Explained, Sentence } from '~/lib/what-if/explain.ts';
import type { PolicyResult, WhatIfResult } from '~/lib/what-if/types.ts';
import { fill } from '~/lib/text.ts';
import { h } from '~/components/shared/dom.ts';
import type { WhatIfStrings } from '../strings';
import { icon, sentenceNodes, sentenceP, triIcons, verdictIcons } from './sentence';

/** A titled list of sentences. */
function sentenceList(title: string, sentences: Sentence[], className?: string) {
  return [
    h('p', { class: 'subhead' }, title),
    h('ul', { class: className }, ...sentences.map((s) => h('li', {}, sentenceNodes(s)))),
  ];
}

/** The verdict box; `notes` are the inputs' warnings and the engine's, as sentences. */
export function verdict(
  s: WhatIfStrings,
  result: WhatIfResult,
  ex: Explained,
  notes: Sentence[],
): HTMLElement {
  const box = h(
    'div',
    { class: `verdict is-${result.verdict}`, 'data-verdict': result.verdict },
    h(
      'p',
      { class: 'verdict-title' },
      icon(verdictIcons[result.verdict]),
      ` ${s[`verdict.${result.verdict}`]}`,
    ),
    sentenceP(ex.verdict),
  );
  if (ex.deciding) box.append(sentenceP(ex.deciding));
  if (ex.uncertain) box.append(sentenceP(ex.uncertain));
  if (result.verdict === 'unknown')
    box.append(
      h(
        'p',
        {},
        `${fill(s['verdict.best'], { verdict: s[`verdict.${result.best.verdict}`] })} ${fill(
          s['verdict.worst'],
          { verdict: s[`verdict.${result.worst.verdict}`] },
        )}`,
      ),
    );
  if (ex.requirements.length) box.append(...sentenceList(s.requirements, ex.requirements));
  if (notes.length) box.append(...sentenceList(s.warnings, notes, 'warnings'));
  return box;
}

/** "Why wasn't I excluded?": each blocking policy's exclusions, and how to fall under them. */
export function why(s: WhatIfStrings, blocking: PolicyResult[], ex: Explained): HTMLElement {
  const wrap = h(
    'div',
    { class: 'why' },
    h('h4', {}, s['why.heading']),
    h('p', {}, s['why.intro']),
  );
  for (const p of blocking) {
    const card = h(
      'div',
      { class: 'why-policy', 'data-why-policy-id': p.id },
      h('h5', {}, p.displayName),
    );
    const exp = ex.policies.find((x) => x.id === p.id);
    if (!p.exclusions.length || !exp) card.append(h('p', {}, s['why.none']));
    else {
      const list = h('ul', { class: 'exclusions' });
      p.exclusions.forEach((hint, i) => {
        const e = exp.exclusions[i];
        if (!e) return;
        list.append(
          h(
            'li',
            { class: `is-${hint.status}` },
            h('p', { class: 'tri' }, icon(triIcons[hint.status]), ' ', sentenceNodes(e.status)),
            sentenceP(e.requirement),
          ),
        );
      });
      card.append(list);
    }
    wrap.append(card);
  }
  return wrap;
}
