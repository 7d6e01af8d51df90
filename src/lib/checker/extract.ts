/**
 * What a paste says besides the labelled fields: the sign-in flow, the resource (scope) it asked
 * for, the user's address, the error page's own wording and the device requirement a message
 * names. Every reader looks for words that prove the value, never for a likely guess: advice
 * printed by a tool ("Interactive authentication is needed. Please run: az login") is not the
 * flow that was used, and a host counts as the resource only after `--scope` and its kin or in a
 * scope (`…/.default`).
 */
import type { Flow } from './types.ts';

/**
 * The words that prove a flow, a resource, an address or the page's wording, as the sources of
 * regular expressions: data (`words.ts`) that reaches the page in the checker's data file, not in
 * its script.
 */
export interface CheckerWords {
  /** Each flow with the words that prove it, strongest first: the first that matches wins. */
  flows: [Flow, string][];
  /** Hosts that are never the resource asked for (sign-in, help and code pages). */
  notResource: string;
  /** Where a resource is named; its first group that matched is the resource. */
  resource: string;
  /** An e-mail address or UPN. */
  address: string;
  /** The page's wordings, lower case, the specific kinds first. */
  headlines: [Headline, string][];
  /** A code in prose or a title; the code is its first or second group. */
  proseCode: string;
  /** An app report's "<product> version:" line; the product is its first group. */
  productVersion: string;
  /** The platform the 50005 message names; its first group. */
  claimedPlatform: string;
  /** 53003's own sentence, with the AADSTS number written before it as its first group. */
  blocked: string;
}

/** The kinds of page wording the checker tells apart (`undefined`: none pasted). */
export type Headline =
  'no-permission' | 'device-managed' | 'token-protection' | 'browser' | 'other';

/** The words `words.ts` lists, compiled once per list (the page receives them as data). */
interface Compiled {
  flows: [Flow, RegExp][];
  notResource: RegExp;
  resource: RegExp;
  address: RegExp;
  headlines: [Headline, RegExp][];
}

const compiled = new WeakMap<CheckerWords, Compiled>();

/** The regular expressions of a word list. */
function compile(words: CheckerWords): Compiled {
  let c = compiled.get(words);
  if (!c) {
    c = {
      flows: words.flows.map(([flow, source]) => [flow, new RegExp(source, 'i')]),
      notResource: new RegExp(words.notResource, 'i'),
      resource: new RegExp(words.resource, 'gi'),
      address: new RegExp(words.address, 'gi'),
      headlines: words.headlines.map(([kind, source]) => [kind, new RegExp(source)]),
    };
    compiled.set(words, c);
  }
  return c;
}

/** The flow, resource and user a text shows, each only when the words prove it. */
export function extractExtras(
  text: string,
  words: CheckerWords,
): { flow?: Flow; resource?: string; user?: string } {
  const { flows: flowWords, notResource, resource: resourcePattern, address } = compile(words);
  const out: { flow?: Flow; resource?: string; user?: string } = {};
  // `--use-device-code=false` turns the device code off: it is no sign of one.
  const plain = text.replace(/--use-device-code=false/gi, '');
  const flow = flowWords.find(([, words]) => words.test(plain))?.[0];
  if (flow) out.flow = flow;
  for (const m of text.matchAll(resourcePattern)) {
    const raw = m.slice(1).find((g) => g !== undefined) ?? '';
    const value = /^https?:\/\//i.test(raw) ? raw.replace(/^https?:\/\//i, '').toLowerCase() : raw;
    if (value && !notResource.test(value)) {
      out.resource = value;
      break;
    }
  }
  for (const m of text.matchAll(address)) {
    // An address inside a link (`https://…/user@x.com`) or a placeholder is not a person's.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 200), m.index);
    if (/https?:\/\/\S*$/.test(before)) continue;
    out.user = m[0];
    break;
  }
  return out;
}

/** The error page's wording the text carries, if any (the specific kinds come first). */
export function headlineOf(text: string, words: CheckerWords): Headline | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return compile(words).headlines.find(([, phrase]) => phrase.test(t))?.[0];
}

/** The device requirement a message names: the state required, not the device's own. */
export function requirementOf(
  text: string,
  headline: Headline | undefined,
): { kind: 'compliant' | 'domain-joined' | 'managed'; words: string } | undefined {
  const words = /required device state:?\s*([a-z_]{3,20})/i.exec(text)?.[1] ?? '';
  if (/compliant/i.test(words)) return { kind: 'compliant', words };
  if (/domain/i.test(words)) return { kind: 'domain-joined', words };
  return headline === 'device-managed' ? { kind: 'managed', words: '' } : undefined;
}
