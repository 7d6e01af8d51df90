/**
 * The policies box and the named-locations box, read as admins fill them: one JSON document or
 * several pasted one after the other, Graph pages, bare arrays, single objects, export tools'
 * wrappers, PowerShell's PascalCase. Items of another kind are left out with a warning; a text
 * with none of what the box wants is refused with a sentence that says what it holds instead
 * (a sign-in log, named locations, a What If request…), so a wrong file never gets a verdict.
 */
import { itemsOfText, refusal, type Item } from './documents.ts';
import { normaliseNamedLocations, normalisePolicies } from './input.ts';
import type { NamedLocation, Parsed, Policy, Reason } from './types.ts';

/** Warnings for the items of other kinds that were left out of a box. */
function leftOut(items: readonly Item[], want: Item['kind']): Reason[] {
  const counts = new Map<string, number>();
  for (const i of items) if (i.kind !== want) counts.set(i.kind, (counts.get(i.kind) ?? 0) + 1);
  return [...counts.entries()].map(([kind, count]) => ({
    key: 'shape.leftOut',
    params: { kind, count },
  }));
}

/** Policies read from the policies box, plus the names an export tool carried beside them. */
export type PolicySet = Parsed<Policy[]> & { names: Map<string, string> };

/** Reads the policies box (see the module comment). Never throws. */
export function readPolicies(text: string): PolicySet {
  const names = new Map<string, string>();
  const read = itemsOfText(text);
  if (!read.ok) return { ok: false, error: read.error, warnings: [], names };
  const policies = read.items.filter((i) => i.kind === 'policy');
  if (!policies.length)
    return { ok: false, error: refusal(read.items, read.total, 'policy'), warnings: [], names };
  const wrappers = new Set<string>();
  for (const p of policies) {
    if (p.wrapper) wrappers.add(p.wrapper);
    for (const [id, n] of p.names ?? []) names.set(id, n);
  }
  const parsed = normalisePolicies(policies.map((p) => p.value));
  const warnings: Reason[] = [
    ...[...wrappers].map((key) => ({ key: 'file.wrapper', params: { key } })),
    ...leftOut(read.items, 'policy'),
  ];
  if (read.total > read.items.length)
    warnings.push({ key: 'input.tooMany', params: { count: read.total, max: read.items.length } });
  return parsed.ok
    ? { ok: true, value: parsed.value, warnings: [...warnings, ...parsed.warnings], names }
    : { ok: false, error: parsed.error, warnings, names };
}

/** Reads the named-locations box. Never throws. */
export function readLocations(text: string): Parsed<NamedLocation[]> {
  const read = itemsOfText(text);
  if (!read.ok) return { ok: false, error: read.error, warnings: [] };
  const locations = read.items.filter((i) => i.kind === 'location');
  if (!locations.length)
    return { ok: false, error: refusal(read.items, read.total, 'location'), warnings: [] };
  const parsed = normaliseNamedLocations(locations.map((l) => l.value));
  const warnings = leftOut(read.items, 'location');
  return parsed.ok
    ? { ok: true, value: parsed.value, warnings: [...warnings, ...parsed.warnings] }
    : { ok: false, error: parsed.error, warnings };
}
