/**
 * The records of every file read together, as one log: the portal's interactive and
 * non-interactive downloads, further pages of a Graph answer, a day exported twice. A sign-in
 * that two files (or one file twice) hold is counted once.
 *
 * Two records are the same sign-in when they have the same Request Id (Graph's `id`), the same
 * time to the minute, the same error code and come from the same log (a diagnostic category or a
 * Log Analytics table, when the file names one): test data reuses one id across logs, Log
 * Analytics rounds times differently from Graph, and Excel saves the portal's CSV again with its
 * dates cut to the minute (`23/07/2024 15:08` for `15:08:39`). Records without an id are never
 * merged. When a
 * repeat carries policies the first copy lacks (a KQL `mv-expand` writes one row per policy),
 * they are added to it.
 */
import { policyKey } from './aggregate';
import type { FileRead, FileReport } from './intake';
import type { SignInRecord } from './types';

/** The key that identifies one sign-in across files; null when the record has no id. */
export function signInKey(r: SignInRecord): string | null {
  if (!r.requestId) return null;
  const time = Number.isFinite(r.time) ? String(Math.floor(r.time / 60_000)) : r.createdDateTime;
  return `${r.requestId.toLowerCase()}|${time}|${r.errorCode ?? ''}|${r.source}`;
}

/** Every record read so far, duplicates merged. */
export class RecordStore {
  readonly records: SignInRecord[] = [];
  #seen = new Map<string, number>();

  /** Adds the records of the file at position `file`; returns its report, duplicates counted. */
  add(read: FileRead, file: number): FileReport {
    let duplicates = 0;
    for (const record of read.records) {
      const key = signInKey(record);
      const earlier = key === null ? undefined : this.#seen.get(key);
      if (earlier !== undefined) {
        duplicates++;
        const first = this.records[earlier];
        if (first) mergePolicies(first, record);
        continue;
      }
      record.index = this.records.length;
      record.file = file;
      if (key !== null) this.#seen.set(key, record.index);
      this.records.push(record);
    }
    return { ...read.report, duplicates };
  }

  /** Forgets every record added after the first `length` (a cancelled or failed load). */
  rollback(length: number) {
    for (const record of this.records.splice(length)) {
      const key = signInKey(record);
      if (key !== null && this.#seen.get(key) === record.index) this.#seen.delete(key);
    }
  }
}

/** Adds to `first` the policy entries of `repeat` it does not have. */
function mergePolicies(first: SignInRecord, repeat: SignInRecord) {
  if (!repeat.policies?.length) return;
  if (!first.policies) {
    first.policies = [...repeat.policies];
    return;
  }
  const have = new Set(first.policies.map((p) => `${policyKey(p)}\u0000${p.result}`));
  const extra = repeat.policies.filter((p) => !have.has(`${policyKey(p)}\u0000${p.result}`));
  if (extra.length) first.policies = [...first.policies, ...extra];
}
