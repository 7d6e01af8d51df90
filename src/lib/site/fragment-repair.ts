/**
 * A link to a page that exists, with a section the page cannot find: the sentence around the
 * link glued punctuation to its fragment (`#what-you-can-try).`), a mail client joined the next
 * line to it (`#what-you-can-tryIf`), or cut it short (`#what-you-c`). The page opens at its top;
 * this finds the section meant, so the page's element can scroll to it. A tool's state in the
 * fragment (`#details=…`) is not a section and is left alone.
 */
import { decode, isState, trimTrailing } from './broken-link';
import { matchId } from './link-recovery';

/**
 * The id among the page's `ids` that the fragment `hash` (with or without `#`, as
 * `location.hash` gives it) meant, when it names none as it is; `undefined` when it needs no
 * repair or none is sure.
 */
export function repairedFragment(hash: string, ids: readonly string[]): string | undefined {
  const raw = hash.replace(/^#/, '');
  if (!raw || isState(raw)) return undefined;
  const text = decode(raw);
  if (ids.includes(text)) return undefined;
  const cleaned = trimTrailing(text)
    .replace(/[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu, '')
    .replace(/^#+/, '')
    .toLowerCase();
  return matchId(cleaned, ids);
}
