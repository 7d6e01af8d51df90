/**
 * What a pasted or opened JSON text holds, before anything is evaluated. Admins paste and open
 * the wrong file (a sign-in log looks like policies: both are `{"value": [...]}`), several files
 * one after the other, and export tools' wrappers. Every JSON value is classified item by item:
 * a Conditional Access policy (bare, or inside an export tool's wrapper such as
 * `{ExportDate, …, PolicyConfig: {…}}`), a named location (IP, country, compliant network), a
 * sign-in record, a What If request body, or something else, described by its fields. The page
 * then reads only what belongs in the box and says, in a sentence, what the rest looked like.
 */
import { graphKeys } from './input.ts';
import { jsonErrorOffset, readJson } from './json.ts';
import type { InputError, Reason } from './types.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The kinds of item a JSON text can hold. */
export type ItemKind =
  'policy' | 'location' | 'signIn' | 'scenario' | 'auditLog' | 'authStrength' | 'other';

/** One item: what it is, the object to read (unwrapped), and the wrapper key it came out of. */
export interface Item {
  kind: ItemKind;
  value: unknown;
  /** For a policy found inside an export tool's wrapper: the key it was under. */
  wrapper?: string;
  /** Names the wrapper carried for the policy's ids (`AssignmentDetails`), lower-case ids. */
  names?: [string, string][];
}

const lowerKeys = (o: Obj) => new Set(Object.keys(o).map((k) => k.toLowerCase()));

/** Whether an object (keys already Graph's camelCase) is a Conditional Access policy. */
function isPolicy(o: Obj): boolean {
  const type = typeof o['@odata.type'] === 'string' ? o['@odata.type'].toLowerCase() : '';
  if (type.endsWith('conditionalaccesspolicy')) return true;
  if (type.endsWith('whatifanalysisresult')) return true;
  return (
    isObj(o.conditions) &&
    ('grantControls' in o || 'sessionControls' in o || 'state' in o || 'displayName' in o)
  );
}

/** Whether an object is a named location. */
function isLocation(o: Obj): boolean {
  const type = typeof o['@odata.type'] === 'string' ? o['@odata.type'].toLowerCase() : '';
  return (
    type.endsWith('namedlocation') ||
    'ipRanges' in o ||
    'countriesAndRegions' in o ||
    'compliantNetworkType' in o
  );
}

/** Whether an object is a sign-in record (Graph, portal download, Log Analytics, diagnostics). */
function isSignIn(o: Obj): boolean {
  const k = lowerKeys(o);
  if (k.has('appliedconditionalaccesspolicies') || k.has('conditionalaccessstatus')) return true;
  if (k.has('resulttype') && (k.has('userprincipalname') || k.has('appdisplayname'))) return true;
  if (k.has('userprincipalname') && k.has('createddatetime') && k.has('status')) return true;
  const category = typeof o.category === 'string' ? o.category.toLowerCase() : '';
  return category.endsWith('signinlogs') || (k.has('operationname') && k.has('properties'));
}

function kindOf(o: Obj): Item {
  const g = graphKeys(o);
  if (isPolicy(g)) return { kind: 'policy', value: g };
  // An export tool's wrapper: one property holds the policy, the rest is bookkeeping.
  for (const [key, inner] of Object.entries(o)) {
    if (!isObj(inner)) continue;
    const p = graphKeys(inner);
    if (isPolicy(p)) {
      const item: Item = { kind: 'policy', value: p, wrapper: key };
      const names = assignmentNames(g);
      if (names.length) item.names = names;
      return item;
    }
  }
  if (isLocation(g)) return { kind: 'location', value: g };
  if (isSignIn(o)) return { kind: 'signIn', value: o };
  if ('signInIdentity' in g || 'signInContext' in g || 'signInConditions' in g)
    return { kind: 'scenario', value: g };
  if ('activityDisplayName' in g && ('category' in g || 'targetResources' in g))
    return { kind: 'auditLog', value: g };
  if ('allowedCombinations' in g) return { kind: 'authStrength', value: g };
  return { kind: 'other', value: o };
}

/** Id → name pairs an export tool wrote beside a policy (`AssignmentDetails: {IncludeUsers: [{Id, DisplayName}]}`). */
function assignmentNames(wrapper: Obj): [string, string][] {
  const out: [string, string][] = [];
  const details = wrapper.assignmentDetails;
  if (!isObj(details)) return out;
  for (const list of Object.values(details)) {
    if (!Array.isArray(list)) continue;
    for (const entry of list.slice(0, 500)) {
      if (!isObj(entry)) continue;
      const g = graphKeys(entry);
      if (typeof g.id === 'string' && typeof g.displayName === 'string' && g.displayName.trim())
        out.push([g.id.toLowerCase(), g.displayName.trim().slice(0, 256)]);
    }
  }
  return out;
}

/** The most items read from one text. */
export const MAX_ITEMS = 2000;

/** What one JSON value holds: its items (at most MAX_ITEMS), and whether it was a list. */
export function classify(value: unknown): { items: Item[]; total: number } {
  let raw: unknown[];
  if (Array.isArray(value)) raw = value;
  else if (isObj(value) && Array.isArray(value.value)) raw = value.value;
  else if (isObj(value) && Array.isArray(value.records)) raw = value.records;
  else raw = [value];
  const items = raw
    .slice(0, MAX_ITEMS)
    .map((v): Item => (isObj(v) ? kindOf(v) : { kind: 'other', value: v }));
  return { items, total: raw.length };
}

/**
 * The JSON documents of a text: usually one, but a paste of several files one after the other
 * (`{…}{…}` or `[…]\n[…]`, with or without a comma between) gives each of them. An error in the
 * first document, or text that is not JSON, is the error of the whole.
 */
export function readDocuments(
  text: string,
): { ok: true; values: unknown[] } | { ok: false; error: InputError } {
  const whole = readJson(text);
  if (whole.ok) return { ok: true, values: [whole.value] };
  if (whole.error.key !== 'input.jsonSyntax') return whole;
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart().charAt(0);
  if (first !== '{' && first !== '[') {
    const start = body.trimStart().split(/\r?\n/, 1)[0]?.slice(0, 60) ?? '';
    return { ok: false, error: { key: 'input.notJson', params: { start } } };
  }
  const values: unknown[] = [];
  let rest = body;
  let consumed = 0;
  while (rest.trim()) {
    const end = jsonErrorOffset(rest);
    const piece = end === undefined ? rest : rest.slice(0, end);
    let value: unknown;
    try {
      value = JSON.parse(piece);
    } catch {
      // The error is inside this document: report it where it is in the whole text.
      const inner = readJson(piece);
      if (inner.ok || values.length === 0) return whole;
      const offset = consumed + (inner.error.offset ?? 0);
      const before = body.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      const key = offset >= body.trimEnd().length ? 'input.jsonUnexpectedEnd' : 'input.jsonSyntax';
      const near = body.slice(offset, offset + 20);
      return {
        ok: false,
        error: { key, params: { offset, line, column, near }, offset, line, column },
      };
    }
    values.push(value);
    if (end === undefined) break;
    const next = rest.slice(end).replace(/^\s*,?\s*/, '');
    if (next && next.charAt(0) !== '{' && next.charAt(0) !== '[') return whole;
    consumed += rest.length - next.length;
    rest = next;
    if (values.length > MAX_ITEMS) break;
  }
  return { ok: true, values };
}

/** Every item of a text's documents, with the total before the cap, or the error that stops it. */
export function itemsOfText(
  text: string,
): { ok: true; items: Item[]; total: number } | { ok: false; error: InputError } {
  const docs = readDocuments(text);
  if (!docs.ok) return docs;
  const items: Item[] = [];
  let total = 0;
  for (const v of docs.values) {
    const c = classify(v);
    items.push(...c.items);
    total += c.total;
  }
  return { ok: true, items, total };
}

/** How many items of each kind, for the sentence that says what a text holds. */
export type KindCounts = Partial<Record<ItemKind, number>>;

/** Counts items by kind. */
export function countKinds(items: readonly Item[]): KindCounts {
  const out: KindCounts = {};
  for (const i of items) out[i.kind] = (out[i.kind] ?? 0) + 1;
  return out;
}

/** The fields of "other" items, for the sentence (at most 6, the most common first). */
export function otherFields(items: readonly Item[]): string[] {
  const counts = new Map<string, number>();
  for (const i of items)
    if (i.kind === 'other' && isObj(i.value))
      for (const k of Object.keys(i.value).slice(0, 40)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([k]) => k);
}

/**
 * The sentence for a text that holds none of what a box wants: what it looks like instead, by
 * the kind most of its items are. `want` is the box: policies or named locations.
 */
export function refusal(
  items: readonly Item[],
  total: number,
  want: 'policy' | 'location',
): Reason {
  const counts = countKinds(items);
  if (!total) return { key: 'shape.empty', params: {} };
  const top = (Object.entries(counts) as [ItemKind, number][])
    .filter(([k]) => k !== want)
    .sort((a, b) => b[1] - a[1])[0];
  const kind = top?.[0] ?? 'other';
  const count = top?.[1] ?? 0;
  if (kind === 'other') {
    const scalars = items.filter((i) => !isObj(i.value)).length;
    if (scalars === items.length) return { key: 'shape.scalars', params: { count: total } };
    return { key: 'shape.other', params: { count: total, fields: otherFields(items).join(', ') } };
  }
  return { key: `shape.${kind}.${want}`, params: { count } };
}
