/**
 * The shareable state: the pasted text and the answers, in the URL fragment so that no server
 * ever receives them (browsers do not send the fragment). The shape is
 * `#details=<URI-encoded text>&vpn=yes&abroad=no&client=browser&private=no&owner=work&devicecode=no`
 * plus `tried=network,browser` and `redact=yes`. "Don't know" is the absence of a key.
 *
 * Decoding never throws: a fragment cut in the middle of an escape (`%E2%8`), broken UTF-8,
 * unknown keys, unknown values, repeated keys (the first wins) and any letter case are all read
 * as well as they can be. A fragment with none of our keys (a heading anchor) is not ours.
 */
import { absoluteUrl } from '../site/absolute-url.ts';
import { MAX_CHARS, type ParseResult } from './read.ts';
import { questionNames, questions, triedIds, type Answers, type TriedId } from './types.ts';

/** Everything the checker's form holds. */
export interface CheckerState {
  details: string;
  answers: Answers;
  tried: TriedId[];
  redact: boolean;
}

/** A blank form. */
export function emptyState(): CheckerState {
  return { details: '', answers: {}, tried: [], redact: false };
}

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The fragment for a state, without `#`; empty for a blank form. */
export function encodeState(state: CheckerState, maxChars: number = MAX_CHARS): string {
  const parts: string[] = [];
  const details = state.details.slice(0, maxChars).replace(loneSurrogate, '\ufffd');
  if (details) parts.push(`details=${encodeURIComponent(details)}`);
  for (const q of questionNames) {
    const a = state.answers[q];
    if (a) parts.push(`${q}=${a}`);
  }
  const tried = triedIds.filter((id) => state.tried.includes(id));
  if (tried.length) parts.push(`tried=${tried.join(',')}`);
  if (state.redact) parts.push('redact=yes');
  return parts.join('&');
}

/** Percent-decoding that never throws: invalid UTF-8 becomes U+FFFD, a stray `%` stays. */
export function safeDecode(s: string): string {
  return s.replace(/(?:%[0-9a-f]{2})+/gi, (run) =>
    new TextDecoder().decode(
      Uint8Array.from(run.slice(1).split('%'), (hex) => Number.parseInt(hex, 16)),
    ),
  );
}

/** Reads a fragment (with or without `#`); `undefined` when it carries none of our keys. */
export function decodeState(hash: string, maxChars: number = MAX_CHARS): CheckerState | undefined {
  const state = emptyState();
  const seen = new Set<string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq))
      .trim()
      .toLowerCase();
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    if (seen.has(key)) continue;
    if (key === 'details') {
      state.details = safeDecode(raw).slice(0, maxChars);
    } else if (key === 'tried') {
      const list = safeDecode(raw).toLowerCase().split(',');
      state.tried = triedIds.filter((id) => list.some((v) => v.trim() === id));
    } else if (key === 'redact') {
      state.redact = /^(yes|1|true)$/i.test(safeDecode(raw).trim());
    } else if ((questionNames as string[]).includes(key)) {
      const q = key as keyof typeof questions;
      const value = safeDecode(raw).trim().toLowerCase();
      if ((questions[q] as readonly string[]).includes(value))
        (state.answers as Record<string, string>)[q] = value;
    } else continue;
    seen.add(key);
  }
  return seen.size ? state : undefined;
}

/** What replaces a value the person chose to leave out, in the text of a shared link. */
export const removedMark = '[removed]';

/**
 * The pasted text without the values "leave out" covers (the IP address, the device identifier,
 * the user's address), every value of each (a paste of several attempts has several), wherever
 * they appear in it, in any letter case.
 */
export function redactDetails(details: string, parsed: ParseResult): string {
  const values = (['ipAddress', 'deviceId', 'user'] as const).flatMap((field) => [
    parsed.fields[field],
    ...(parsed.conflicts.find((c) => c.field === field)?.values ?? []),
  ]);
  let out = details;
  for (const value of values) {
    // "Not available" is no identifier: only real values are left out.
    if (!value || (!/\d/.test(value) && !value.includes('@'))) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\w.:])${escaped}(?![\\w.:])`, 'gi'), removedMark);
  }
  return out;
}

/**
 * The link to this checker with the state in its fragment, absolute (it is pasted into e-mails)
 * and without the left-out values when the person chose to leave them out.
 */
export function shareLink(
  state: CheckerState,
  parsed: ParseResult,
  locale: string,
  site: string,
  maxChars: number = MAX_CHARS,
): string {
  const shared = state.redact ? { ...state, details: redactDetails(state.details, parsed) } : state;
  const fragment = encodeState(shared, maxChars);
  return absoluteUrl(`/${locale}/checker/${fragment ? `#${fragment}` : ''}`, site);
}
