/**
 * Reading a link that reached the 404: what mail clients, gateways and hurried hands do to the
 * site's links, undone. Pure: the 404's element passes `location`'s parts in and acts on the
 * answer (src/lib/site/link-recovery.ts finds the page).
 *
 * What happens to links in e-mails and tickets, and what this module undoes:
 * - the `#` encoded by a gateway or a "safe links" rewriter: `%23`, or twice, `%2523`;
 *   the same for `?` (`%3F`) and for the whole path (`%252F`);
 * - punctuation glued to the end by the sentence around the link: `).`, `>`, `,`, `"`, `'`,
 *   `»`, `”`, `…`, or an HTML entity copied from source (`&gt;`, `&quot;`);
 * - a language written the Microsoft Learn way (`/it-it/`, `/en-US/`), or missing (`/causes/…`);
 * - capitals, doubled slashes, `index.html` or `.html` at the end.
 * Cut-off paths, typos and moved pages are the recovery's job: this module only reads.
 */

/** The parts of the address that reached the 404, as `location` gives them (still encoded). */
export interface Address {
  pathname: string;
  search?: string;
  hash?: string;
}

/** A broken link, read. */
export interface BrokenLink {
  /** The site language the link asks for: its first segment, else the reader's. */
  locale: string;
  /** Whether the language came from the path (`/en/…`) rather than from the browser. */
  localeInPath: boolean;
  /** The page path without the language, lower case, segments joined by `/` (`causes/locat`). */
  slug: string;
  /** The query string without `?`, as written (still encoded), `''` when none. */
  query: string;
  /**
   * The fragment without `#`, as written (a tool's state stays encoded), trimmed of glued
   * punctuation; `''` when none. `fragmentText()` gives it decoded.
   */
  fragment: string;
}

/** Characters a sentence glues to the end of a link: closing marks, stops, quotes, spaces. */
const TRAILING_CHARS = /[\s.,;:!?)\]}>'"*_`’‘”“»«…<|\\]+$/u;
/** HTML entities for the same marks, copied from an HTML source (`&gt;`, `&quot;`, `&#39;`). */
const TRAILING_ENTITY =
  /&(?:gt|lt|quot|apos|amp|nbsp|raquo|rdquo|rsquo|hellip|#\d{2,4}|#x[\da-f]{2,4});?$/i;
/** The same marks percent-encoded (`%29`, `%3E`, `%E2%80%9D`), as some gateways leave them. */
const TRAILING_ENCODED =
  /(?:%(?:0[9ad]|2[0-279ce]|3[a-cef]|5[cd]|60|7[cd])|%c2%a0|%c2%bb|%c2%ab|%e2%80%(?:9[89cd]|a6))+$/i;
/** Entities that may stand for a character anywhere in a copied link. */
const ENTITIES: Record<string, string> = {
  amp: '&',
  gt: '>',
  lt: '<',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};
/** A first segment that is a language tag: `it`, `en`, `it-it`, `en_US`, `pt-br`. */
const LANGUAGE_TAG = /^([a-z]{2})(?:[-_][a-z\d]{2,8})?$/;
/**
 * What never belongs in one of the site's links but gets into them: spaces and line breaks where
 * a mail client wrapped a long link, soft hyphens and zero-width characters some editors insert.
 */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/gu;
/** A fragment that holds a tool's state (`details=…&vpn=yes`) rather than a heading id. */
const STATE = /^[a-z][\w.-]*=/i;
/** File endings a link may have gained: `index.html`, `location.html`, `faq.php`. */
const FILE_ENDING = /\.(?:html?|php|aspx?|mdx?)$/;

/**
 * Undoes the layers a gateway added by encoding `%` itself: `%2523` → `%23`, `%252523` → `%23`.
 * The last layer stays, so that the link reads as it was written, with `%23` for a `#` that was
 * encoded once. When the link has an encoded `#`, it tells how many layers there are, so that a
 * tool's state after it keeps its own `%25` (a `%` in a policy name); without one, every layer
 * goes.
 */
export function peelLayers(text: string): string {
  const hash = /%((?:25)*)23/i.exec(text);
  const layers = hash ? (hash[1] ?? '').length / 2 : 4;
  let out = text;
  for (let i = 0; i < layers && /%25[\da-f]{2}/i.test(out); i++) out = out.replace(/%25/gi, '%');
  return out;
}

/**
 * Percent-decodes `text`. A malformed sequence (a link cut inside `%2`) is left as it is; only
 * the rest is decoded.
 */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[\da-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}

/** Replaces the few HTML entities that show up in links copied from an HTML source. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|gt|lt|quot|apos|nbsp|#39|#34);/gi, (_, name: string) => {
    const key = name.toLowerCase();
    if (key === '#39') return "'";
    if (key === '#34') return '"';
    return ENTITIES[key] ?? '';
  });
}

/**
 * Removes what a sentence glued to the end of a link: `location/).` → `location/`,
 * `try&gt;` → `try`, `try%29.` → `try`. Repeats until nothing more comes off, so mixed tails go
 * too. With `encoded: false`, marks written as `%29` stay: they may belong to a tool's state
 * (What If's JSON ends in `%7D`).
 */
export function trimTrailing(text: string, { encoded = true } = {}): string {
  let out = text;
  for (;;) {
    let next = out.replace(TRAILING_CHARS, '').replace(TRAILING_ENTITY, '');
    if (encoded) next = next.replace(TRAILING_ENCODED, '');
    if (next === out) return out;
    out = next;
  }
}

/** Splits `text` at the first match of `mark`: before and after it (`undefined` if none). */
function splitAt(text: string, mark: RegExp): [string, string | undefined] {
  const found = mark.exec(text);
  return found
    ? [text.slice(0, found.index), text.slice(found.index + found[0].length)]
    : [text, undefined];
}

/** The language a first segment names, if it is one of `locales` (`it-IT` → `it`). */
function localeOf(segment: string, locales: readonly string[]): string | undefined {
  const primary = LANGUAGE_TAG.exec(segment)?.[1];
  return primary && locales.includes(primary) ? primary : undefined;
}

/** The path's segments, decoded, lower case, without glued marks, invisible characters or files. */
function segmentsOf(path: string): string[] {
  const segments = decodeEntities(decode(path))
    .replace(INVISIBLE, '')
    // A quoted-printable soft line break (`loca=` + newline) leaves an `=`; no slug has one.
    .replace(/=/g, '')
    .toLowerCase()
    .split('/')
    .map((segment) => trimTrailing(segment))
    .filter(Boolean);
  const last = segments.at(-1);
  if (last !== undefined && FILE_ENDING.test(last)) {
    const bare = last.replace(FILE_ENDING, '');
    if (bare === 'index' || bare === '') segments.pop();
    else segments[segments.length - 1] = bare;
  }
  return segments;
}

/**
 * Reads the address that reached the 404. `locales` are the site's languages; `preferred` is the
 * reader's (from the browser), used when the path names none.
 */
export function readBrokenLink(
  address: Address,
  locales: readonly string[],
  preferred: string,
): BrokenLink {
  // One layer of encoding stays: a `#` a gateway encoded is `%23` here, the rest as written.
  const text = peelLayers(`${address.pathname}${address.search ?? ''}`);
  const [beforeHash, inPathFragment] = splitAt(text, /#|%23/i);
  const [path, rawQuery = ''] = splitAt(beforeHash, /\?|%3f/i);
  // A real fragment (`…/locat#what-you-can-try`) counts when the path did not carry one.
  const rawFragment = decodeEntities(inPathFragment ?? (address.hash ?? '').replace(/^#/, ''));
  // Punctuation sticks to whatever ends the link: the fragment, else the query, else the path.
  const fragment = trimTrailing(rawFragment, { encoded: !STATE.test(rawFragment) }).replace(
    /^(#|%23)+/i,
    '',
  );
  const query = rawFragment ? rawQuery : trimTrailing(rawQuery);
  const segments = segmentsOf(rawFragment || rawQuery ? path : trimTrailing(path));

  const first = segments[0] ?? '';
  const named = localeOf(first, locales);
  if (named) {
    return {
      locale: named,
      localeInPath: true,
      slug: segments.slice(1).join('/'),
      query,
      fragment,
    };
  }
  // A language cut short (`/e`, `/i`) that only one of the site's languages starts with.
  const started = segments.length === 1 ? locales.filter((key) => key.startsWith(first)) : [];
  if (first && started.length === 1 && started[0]) {
    return { locale: started[0], localeInPath: true, slug: '', query, fragment };
  }
  // Another language's tag (`/de/…`): not ours, so the reader's language and the rest of the path.
  const rest = LANGUAGE_TAG.test(first) && segments.length > 1 ? segments.slice(1) : segments;
  return { locale: preferred, localeInPath: false, slug: rest.join('/'), query, fragment };
}

/**
 * The fragment as text, to compare with heading ids or to search for: decoded, lower case,
 * without the spaces and invisible characters a mail client may have put in.
 */
export function fragmentText(link: BrokenLink): string {
  return decode(link.fragment).replace(INVISIBLE, '').toLowerCase();
}

/** Whether the fragment carries a tool's state (`details=…&vpn=yes`) rather than a heading id. */
export function isStateFragment(link: BrokenLink): boolean {
  return isState(link.fragment);
}

/** Whether a fragment's text is a tool's state (`name=value&…`) rather than a heading id. */
export function isState(fragment: string): boolean {
  return STATE.test(fragment);
}

/**
 * The words of a broken link for the site's search: those of its last segment and of its
 * fragment (`/it/causes/locat#what-you` → `locat what you`). Section names (`causes/`) are left
 * out because search requires every word and they are English in both languages; a link made
 * only of them keeps them.
 */
export function searchWords(link: BrokenLink): string {
  const split = (text: string) =>
    text
      .split(/[/\-_.+=&,;:\s]+/)
      .map((word) => word.trim())
      .filter((word) => word.length > 1);
  const segments = link.slug.split('/').filter(Boolean);
  const fragmentWords = isStateFragment(link) ? [] : split(fragmentText(link));
  const words = [...split(segments.at(-1) ?? ''), ...fragmentWords];
  return [...new Set(words.length > 0 ? words : split(link.slug))].join(' ');
}
