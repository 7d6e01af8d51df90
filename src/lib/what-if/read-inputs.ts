/**
 * The tool's three text boxes read at once, as "Evaluate" does: the policies (required), the
 * named locations (optional) and the scenario (an empty box is a sign-in about which nothing is
 * known yet). Either everything reads, with the warnings to show beside the result, or each box
 * that does not read says why, in the order of the page. The two list boxes go through
 * `sets.ts`: every export shape is read, and a text that is not what the box wants (a sign-in
 * log, named locations in the policies box…) is refused with what it looks like, so it never
 * gets a verdict.
 */
import type { WhatIfInput } from './engine.ts';
import { parseScenario } from './input.ts';
import { readLocations, readPolicies } from './sets.ts';
import type { InputError, Parsed, Reason, Scenario } from './types.ts';

/** The three inputs, as the reader gave them. */
export type InputPart = 'policies' | 'locations' | 'scenario';
export type InputTexts = Readonly<Record<InputPart, string>>;

/** A box that does not read: its parse error, or (policies only) that it is empty. */
export type InputProblem =
  { part: InputPart; error: InputError } | { part: 'policies'; missing: true };

export type ReadInputs =
  | {
      ok: true;
      input: WhatIfInput;
      warnings: Reason[];
      /** Names an export tool wrote beside its policies (lower-case id → name). */
      names: Map<string, string>;
    }
  | { ok: false; problems: InputProblem[] };

/** A sign-in about which nothing is known yet: a user, no context, no device. */
export const emptyScenario = (): Scenario => ({ identity: { kind: 'user' }, directory: {} });

/** The scenario box: empty means nothing known yet. */
export function readScenario(text: string): Parsed<Scenario> {
  return text.trim() ? parseScenario(text) : { ok: true, value: emptyScenario(), warnings: [] };
}

/** Reads the three boxes; on success, the warnings include a scenario without a resource. */
export function readInputs(texts: InputTexts): ReadInputs {
  const problems: InputProblem[] = [];
  const policies = texts.policies.trim() ? readPolicies(texts.policies) : undefined;
  if (!policies) problems.push({ part: 'policies', missing: true });
  else if (!policies.ok) problems.push({ part: 'policies', error: policies.error });
  const locations = texts.locations.trim() ? readLocations(texts.locations) : undefined;
  if (locations && !locations.ok) problems.push({ part: 'locations', error: locations.error });
  const scenario = readScenario(texts.scenario);
  if (!scenario.ok) problems.push({ part: 'scenario', error: scenario.error });
  if (!policies?.ok || (locations && !locations.ok) || !scenario.ok) return { ok: false, problems };
  return {
    ok: true,
    input: {
      policies: policies.value,
      locations: locations?.ok ? locations.value : undefined,
      scenario: scenario.value,
    },
    warnings: [
      ...policies.warnings,
      ...(locations?.warnings ?? []),
      ...scenario.warnings,
      ...(scenario.value.context ? [] : [{ key: 'scenario.noContext', params: {} }]),
    ],
    names: policies.names,
  };
}
