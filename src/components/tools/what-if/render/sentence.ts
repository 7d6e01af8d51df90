/**
 * The engine's sentences as nodes: text, with portal labels in `<em>`, never parsed as HTML; and
 * the icons set beside the words (never alone: the text says the same).
 */
import type { Sentence } from '~/lib/what-if/explain.ts';
import { h } from '~/components/shared/dom.ts';

export const verdictIcons = { block: '✕', grant: '!', allow: '✓', unknown: '?' } as const;
export const outcomeIcons = { match: '✓', noMatch: '✕', unknown: '?', notConfigured: '–' } as const;
export const triIcons = { yes: '✓', no: '✕', unknown: '?' } as const;

/** A sentence as nodes. */
export function sentenceNodes(s: Sentence): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of s.parts) out.append(part.em ? h('em', {}, part.text) : part.text);
  return out;
}

/** A paragraph holding a sentence. */
export function sentenceP(s: Sentence, className?: string): HTMLParagraphElement {
  return h('p', { class: className }, sentenceNodes(s));
}

/** An icon that sighted readers see beside the words; screen readers get the words only. */
export function icon(glyph: string): HTMLSpanElement {
  return h('span', { class: 'icon', 'aria-hidden': 'true' }, glyph);
}
