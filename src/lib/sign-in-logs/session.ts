/**
 * The worker's side of the sign-in log tool, without the worker: it holds the records of one file
 * and answers the page's requests (load, a page of events, one event, a lookup, an export). The
 * records never cross to the page in bulk, so a 100,000-record file costs the page nothing: only
 * the summary and the rows on screen are sent. `src/components/tools/sign-in-logs/worker.ts` is the
 * thin wrapper that reads the file and relays messages; tests drive this class directly.
 *
 * Lifecycle: one session per worker; each `load` replaces the previous file.
 */
import { summarise, type CodeFacts } from './aggregate';
import { exportCsv } from './export';
import {
  eventPredicate,
  eventRow,
  lookupEvents,
  type EventFilter,
  type EventRow,
  type LookupMatch,
} from './query';
import {
  MAX_BYTES,
  overallProgress,
  type LoadedInfo,
  type LoadPhase,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { LogReadError, readSignInLog } from './read';
import type { SignInRecord } from './types';

/** Holds one file's records and answers questions about them. */
export class LogSession {
  #records: SignInRecord[] = [];
  #caCodes = new Set<number>();

  /** Reads a text and summarises it; throws `LogReadError` on a file that is not a log. */
  load(
    text: string,
    codes: readonly CodeFacts[],
    onProgress: (phase: LoadPhase, fraction: number) => void = () => {},
  ): LoadedInfo {
    const start = performance.now();
    this.#records = [];
    if (text.length > MAX_BYTES) throw new LogReadError('too-large');
    const result = readSignInLog(text, { onProgress });
    onProgress('summarise', 0);
    this.#caCodes = new Set(codes.filter((c) => c.conditionalAccess).map((c) => Number(c.code)));
    const summary = summarise(result.records, codes);
    this.#records = result.records;
    onProgress('summarise', 1);
    return {
      format: result.format,
      graphVersion: result.graphVersion,
      warnings: result.warnings,
      hasPolicies: result.hasPolicies,
      hasRuleDetails: result.hasRuleDetails,
      summary,
      ms: Math.round(performance.now() - start),
    };
  }

  /** One page of the events a filter keeps, and how many it keeps in all. */
  events(filter: EventFilter, offset: number, limit: number): { total: number; rows: EventRow[] } {
    const keep = eventPredicate(filter, this.#caCodes);
    const rows: EventRow[] = [];
    let total = 0;
    for (const r of this.#records) {
      if (!keep(r)) continue;
      if (total >= offset && rows.length < limit) rows.push(eventRow(r));
      total++;
    }
    return { total, rows };
  }

  /** The whole record at a position, or null. */
  event(index: number): SignInRecord | null {
    return this.#records[index] ?? null;
  }

  /** The events a pasted Request Id, Correlation Id or details block points to (first 50). */
  lookup(text: string): { matches: LookupMatch[]; rows: EventRow[] } {
    const matches = lookupEvents(this.#records, text).slice(0, 50);
    return {
      matches,
      rows: matches.flatMap((m) => {
        const r = this.#records[m.index];
        return r ? [eventRow(r)] : [];
      }),
    };
  }

  /** The CSV of every event a filter keeps. */
  export(filter: EventFilter): { csv: string; count: number } {
    const kept = this.#records.filter(eventPredicate(filter, this.#caCodes));
    return { csv: exportCsv(kept), count: kept.length };
  }

  /**
   * Answers one request through `post`; a `load` must carry its `text` (the worker reads the
   * file first). Errors become an `error` message: a worker must never die on a bad file.
   */
  handle(request: WorkerRequest, post: (response: WorkerResponse) => void) {
    const { id } = request;
    try {
      switch (request.type) {
        case 'load': {
          let last = -1;
          const info = this.load(request.text ?? '', request.codes, (phase, fraction) => {
            const overall = Math.floor(overallProgress(phase, fraction) * 100);
            if (overall > last) {
              last = overall;
              post({ type: 'progress', id, phase, fraction });
            }
          });
          post({ type: 'loaded', id, ...info });
          break;
        }
        case 'events':
          post({
            type: 'events',
            id,
            ...this.events(request.filter, request.offset, request.limit),
          });
          break;
        case 'event':
          post({ type: 'event', id, record: this.event(request.index) });
          break;
        case 'lookup':
          post({ type: 'lookup', id, ...this.lookup(request.text) });
          break;
        case 'export':
          post({ type: 'export', id, ...this.export(request.filter) });
          break;
      }
    } catch (error) {
      if (error instanceof LogReadError)
        post({ type: 'error', id, code: error.code, detail: error.detail });
      else post({ type: 'error', id, code: 'internal', detail: String(error) });
    }
  }
}
