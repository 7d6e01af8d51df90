/**
 * Links that fit in a ticket. A link carries only what the evaluation needs: each policy's id,
 * name, state, conditions and controls without `@odata` annotations, nulls, empty lists,
 * timestamps and the like; each named location's ranges or countries; the scenario. That JSON is
 * compressed with the browser's own CompressionStream (deflate) and written URL-safe (base64url)
 * after `#wi=`, so it never reaches a server. The older `#policies=…&locations=…&scenario=…`
 * form is still read (`fragment.ts`).
 *
 * The size is measured and sorted into three bands. RFC 9110 (§4.1) asks HTTP software to handle
 * URIs of at least 8,000 octets; how much a chat or ticket tool keeps is each tool's choice, so
 * the page warns above that figure and advises a file instead.
 */
import { graphKeys } from './input.ts';
import type { InputError } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The fragment key of the compressed form. */
export const SHARE_KEY = 'wi';
/** Above this many characters a link may not survive a chat or ticket tool (see above). */
export const LINK_WARN_CHARS = 8000;
/** The largest decompressed link content read back (characters). */
export const MAX_SHARED_CHARS = 6_000_000;

/** Fields a policy carries that no condition reads. */
const dropped = new Set([
  'createdDateTime',
  'modifiedDateTime',
  'deletedDateTime',
  'templateId',
  'partialEnablementStrategy',
  'description',
]);

/** A value without annotations, nulls and empty lists (recursively); empty objects stay. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if (k.includes('@') || k.startsWith('#') || dropped.has(k)) continue;
    if (v === null || v === undefined || (Array.isArray(v) && !v.length)) continue;
    out[k] = strip(v);
  }
  return out;
}

/** A policy reduced to what the engine reads (see the module comment). */
export function minimisePolicy(raw: unknown): unknown {
  if (!isObj(raw)) return raw;
  const p = strip(graphKeys(raw)) as Obj;
  // Session controls: the page shows only their names, so `true` for each one that is on.
  if (isObj(p.sessionControls)) {
    const on: Obj = {};
    for (const [k, v] of Object.entries(p.sessionControls))
      if (v !== false && !(isObj(v) && v.isEnabled === false)) on[k] = true;
    p.sessionControls = on;
  }
  if (isObj(p.grantControls) && isObj(p.grantControls.authenticationStrength)) {
    const s = p.grantControls.authenticationStrength;
    p.grantControls.authenticationStrength = { id: s.id, displayName: s.displayName };
  }
  return p;
}

/** A named location reduced to what the engine reads. */
export function minimiseLocation(raw: unknown): unknown {
  if (!isObj(raw)) return raw;
  const l = graphKeys(raw);
  const type = typeof l['@odata.type'] === 'string' ? l['@odata.type'].toLowerCase() : '';
  const out: Obj = { id: l.id, displayName: l.displayName };
  if (Array.isArray(l.ipRanges) || type.endsWith('ipnamedlocation')) {
    out.ipRanges = (Array.isArray(l.ipRanges) ? l.ipRanges : []).map((r) =>
      isObj(r) ? r.cidrAddress : r,
    );
    if (l.isTrusted === true) out.isTrusted = true;
  } else if (Array.isArray(l.countriesAndRegions) || type.endsWith('countrynamedlocation')) {
    out.countriesAndRegions = l.countriesAndRegions ?? [];
    if (l.includeUnknownCountriesAndRegions === true) out.includeUnknownCountriesAndRegions = true;
    if (l.countryLookupMethod === 'authenticatorAppGps')
      out.countryLookupMethod = 'authenticatorAppGps';
  } else if (
    typeof l.compliantNetworkType === 'string' ||
    type.endsWith('compliantnetworknamedlocation')
  ) {
    out.compliantNetworkType = l.compliantNetworkType ?? 'allTenantCompliantNetworks';
    if (l.isTrusted === true) out.isTrusted = true;
  } else return strip(l);
  return out;
}

/** What a link carries, as parsed JSON values (the boxes' contents). */
export interface SharedParts {
  policies?: unknown;
  locations?: unknown;
  scenario?: unknown;
}

/** The items of a box's value (a list, a Graph page, or one object). */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (isObj(value) && Array.isArray(value.value)) return value.value;
  return [value];
}

/** The parts reduced to what the evaluation needs. */
export function minimise(parts: SharedParts): SharedParts {
  const out: SharedParts = {};
  if (parts.policies !== undefined) out.policies = listOf(parts.policies).map(minimisePolicy);
  if (parts.locations !== undefined) out.locations = listOf(parts.locations).map(minimiseLocation);
  // The scenario stays whole: there an empty list ("no groups") and null ("known to be empty")
  // say something that a missing field ("not known") does not.
  if (parts.scenario !== undefined) out.scenario = parts.scenario;
  return out;
}

/** base64url without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64url text; `undefined` if it is not base64url. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return undefined;
  }
}

/** Reads a whole stream into bytes, stopping past `limit` bytes (then `undefined`). */
async function drain(stream: ReadableStream<Uint8Array>, limit: number) {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Runs bytes through a (de)compression stream. */
function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream) {
  const source = new Blob([bytes.slice()]).stream().pipeThrough(transform);
  return drain(source as ReadableStream<Uint8Array>, MAX_SHARED_CHARS * 4);
}

/** The fragment (with `#`) of a link carrying `parts`, minimised and compressed. */
export async function shareFragment(parts: SharedParts): Promise<string> {
  const json = JSON.stringify({ v: 1, ...minimise(parts) });
  const packed = await through(
    new TextEncoder().encode(json),
    new CompressionStream('deflate-raw'),
  );
  return `#${SHARE_KEY}=${toBase64Url(packed ?? new Uint8Array())}`;
}

/** Whether a fragment is the compressed form. */
export const isShareFragment = (hash: string) =>
  new RegExp(`^#?(?:.*&)?${SHARE_KEY}=`).test(typeof hash === 'string' ? hash : '');

/**
 * Reads a compressed fragment back into the three boxes' JSON texts; a damaged link is an error
 * the page can show ("the link is damaged"), never a throw.
 */
export async function readShareFragment(hash: string): Promise<
  | { ok: true; parts: Partial<Record<'policies' | 'locations' | 'scenario', string>> }
  | {
      ok: false;
      error: InputError;
    }
> {
  const match = new RegExp(`(?:^#?|&)${SHARE_KEY}=([^&]*)`).exec(hash);
  const bytes = match?.[1] !== undefined ? fromBase64Url(match[1]) : undefined;
  const damaged = { ok: false as const, error: { key: 'fragment.damaged', params: {} } };
  if (!bytes || !bytes.length) return damaged;
  let text: string;
  try {
    const raw = await through(bytes, new DecompressionStream('deflate-raw'));
    if (!raw) return { ok: false, error: { key: 'fragment.tooLarge', params: {} } };
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return damaged;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (!isObj(value)) return damaged;
  const parts: Partial<Record<'policies' | 'locations' | 'scenario', string>> = {};
  for (const k of ['policies', 'locations', 'scenario'] as const)
    if (value[k] !== undefined) parts[k] = JSON.stringify(value[k], null, 2);
  return { ok: true, parts };
}

/** The band a link's length falls in. */
export function linkBand(length: number): 'short' | 'long' {
  return length <= LINK_WARN_CHARS ? 'short' : 'long';
}
