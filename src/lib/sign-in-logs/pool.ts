/**
 * Sharing between records, so that memory grows with what is different, not with the file.
 *
 * A sign-in log repeats itself: the same apps, countries, browsers and failure reasons, and the
 * same ten policies with the same few results on every record. The pool keeps one copy of each
 * repeated string and one frozen object per distinct policy entry; records point to them.
 *
 * It also cuts strings loose from the text they were sliced from: V8 keeps a whole piece of the
 * file alive behind a short slice of it, so every string a record keeps goes through
 * {@link own} or the pool.
 */
import type { AppliedPolicy } from './types';

/** Past this many distinct strings, new ones are kept unshared (ids never repeat anyway). */
const MAX_STRINGS = 400_000;

/**
 * A copy of `text` that shares no memory with a longer string (V8 keeps slices of 13 characters
 * and more as views of their parent).
 */
export function own(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** One copy of each repeated value. */
export class Pool {
  #strings = new Map<string, string>();
  #policies = new Map<string, AppliedPolicy>();
  #byRaw = new Map<string, AppliedPolicy[]>();

  /**
   * The shared entries already made from raw policies with the same short key (id, result,
   * conditions): the caller confirms the rest field by field, so that the ten policies of every
   * record cost a lookup, not a rebuild.
   */
  candidates(key: string): readonly AppliedPolicy[] | undefined {
    return this.#byRaw.get(key);
  }

  /** Files a shared entry under its short key (see {@link candidates}). */
  remember(key: string, policy: AppliedPolicy) {
    const list = this.#byRaw.get(key);
    if (list) list.push(policy);
    else this.#byRaw.set(key, [policy]);
  }

  /** The shared copy of a repeated string (apps, countries, reasons…). */
  str(text: string): string {
    if (text === '') return '';
    const shared = this.#strings.get(text);
    if (shared !== undefined) return shared;
    const copy = own(text);
    if (this.#strings.size < MAX_STRINGS) this.#strings.set(copy, copy);
    return copy;
  }

  /** The shared, frozen copy of a policy entry equal to `policy`. */
  policy(policy: AppliedPolicy): AppliedPolicy {
    const key = policyKeyOf(policy);
    const shared = this.#policies.get(key);
    if (shared) return shared;
    const copy = Object.freeze({
      ...policy,
      id: this.str(policy.id),
      displayName: this.str(policy.displayName),
      grantControls: Object.freeze(policy.grantControls.map((c) => this.str(c))),
      sessionControls: Object.freeze(policy.sessionControls.map((c) => this.str(c))),
      result: this.str(policy.result),
    }) as AppliedPolicy;
    this.#policies.set(key, copy);
    return copy;
  }

  /** How many distinct policy entries are shared (for tests and the benchmark). */
  get policyEntries(): number {
    return this.#policies.size;
  }
}

/** Everything that makes two policy entries the same, as one string. */
function policyKeyOf(p: AppliedPolicy): string {
  const rules = (list: AppliedPolicy['includeRules']) =>
    list === null ? '-' : list.map((r) => `${r.condition}:${r.rule}`).join(',');
  const flags = (list: string[] | null) => (list === null ? '-' : list.join(','));
  return [
    p.id,
    p.displayName,
    p.grantControls.join(','),
    p.sessionControls.join(','),
    p.result,
    flags(p.conditionsSatisfied),
    flags(p.conditionsNotSatisfied),
    rules(p.includeRules),
    rules(p.excludeRules),
  ].join('\u0001');
}
