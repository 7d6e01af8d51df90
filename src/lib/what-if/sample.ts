/**
 * The sample tenant (`src/data/what-if-sample.json`), for trying the tool without exporting
 * anything: invented ids, documentation IP ranges, policy and location names in the reader's
 * language, and sign-ins to try with the verdict Microsoft's rules give for each. Returned as
 * the JSON texts the boxes take, exactly as a Graph export would fill them.
 */
import sample from '../../data/what-if-sample.json' with { type: 'json' };
import type { Locale } from '../../../config/locales.ts';
import type { Verdict } from './types.ts';

/** One sample sign-in: its label in the reader's language and its What If request body. */
export interface SampleSignIn {
  id: string;
  label: string;
  /** The verdict Learn's rules give (the unit tests hold the engine to it). */
  verdict: Exclude<Verdict, 'unknown'>;
  /** The scenario box's JSON. */
  scenario: string;
}

/** The sample tenant in `locale`: the three boxes' JSON texts and the sign-ins to try. */
export function sampleTenant(locale: Locale): {
  policies: string;
  locations: string;
  signIns: SampleSignIn[];
} {
  const named = <T extends { displayName: Record<Locale, string> }>(items: readonly T[]) =>
    items.map((item) => ({ ...item, displayName: item.displayName[locale] }));
  return {
    policies: JSON.stringify({ value: named(sample.policies) }, null, 2),
    locations: JSON.stringify({ value: named(sample.locations) }, null, 2),
    signIns: sample.scenarios.map((s) => ({
      id: s.id,
      label: s.label[locale],
      verdict: s.verdict as SampleSignIn['verdict'],
      scenario: JSON.stringify(s.request, null, 2),
    })),
  };
}
