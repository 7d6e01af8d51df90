/**
 * The worker's side of the sign-in log tool, without the worker: it reads files (streamed, one
 * chunk at a time), holds the records of every file read and answers the page's requests (a page
 * of events, one event, a lookup, an export). The records never cross to the page in bulk: only
 * the summary and the rows on screen are sent. `sign-in-logs-worker.ts` is the thin wrapper that
 * relays messages; tests and the benchmark drive this class directly.
 *
 * Lifecycle: one session per worker. A `load` replaces the files read so far, or adds to them
 * (`append`); a `cancel` stops a load between two chunks and keeps what was there before it.
 */
import { summarise, type CodeFacts } from './aggregate';
import { exportCsv } from './export';
import { LogReadError } from './intake';
import {
  eventPredicate,
  eventRow,
  lookupEvents,
  type EventFilter,
  type EventRow,
  type LookupMatch,
} from './query';
import {
  overallProgress,
  type FileEntry,
  type LoadedInfo,
  type LoadPhase,
  type WorkerRequest,
  type WorkerResponse,
} from './protocol';
import { Pool } from './pool';
import { ReadCancelled, readSource, textSource, type ByteSource } from './source';
import { RecordStore } from './store';
import type { SignInRecord } from './types';

/** The most records one session keeps: ten portal downloads of 100,000 sign-ins. */
export const MAX_RECORDS = 1_000_000;

/** Progress of a load: the phase, its fraction, and the file being read. */
export type LoadProgress = (
  phase: LoadPhase,
  fraction: number,
  file: { index: number; count: number; name: string },
) => void;

/** Holds the records of the files read and answers questions about them. */
export class LogSession {
  #store = new RecordStore();
  #pool = new Pool();
  #files: FileEntry[] = [];
  #caCodes = new Set<number>();
  #codes: readonly CodeFacts[] = [];
  #abort: AbortController | null = null;

  /**
   * Reads `sources` in order and summarises everything read. Throws a `LogReadError` when no
   * file could be read (the session then keeps what it had), `ReadCancelled` on a cancel.
   */
  async load(
    sources: readonly ByteSource[],
    codes: readonly CodeFacts[],
    options: { append?: boolean; onProgress?: LoadProgress; signal?: AbortSignal } = {},
  ): Promise<LoadedInfo> {
    const start = performance.now();
    const onProgress = options.onProgress ?? (() => {});
    // A new load works on a new store; the old one stays until the new one is done.
    const append = options.append === true && this.#files.length > 0;
    const store = append ? this.#store : new RecordStore();
    const pool = append ? this.#pool : new Pool();
    const files: FileEntry[] = append ? [...this.#files] : [];
    const mark = store.records.length;
    const total = sources.reduce((n, s) => n + s.size, 0) || 1;
    let before = 0;
    try {
      for (const [i, source] of sources.entries()) {
        const file = { index: i + 1, count: sources.length, name: source.name };
        onProgress('read', before / total, file);
        const results = await readSource(source, {
          file: files.length,
          pool,
          ...(options.signal ? { signal: options.signal } : {}),
          onBytes: (done) => {
            onProgress('read', (before + done) / total, file);
            if (store.records.length > MAX_RECORDS) throw new LogReadError('too-large');
          },
        });
        before += source.size;
        for (const result of results) {
          if (result.read) {
            const report = store.add(result.read, files.length);
            files.push({ name: result.name, container: result.container, report });
          } else {
            files.push({
              name: result.name,
              container: result.container,
              error: { code: result.error.code, found: result.error.found },
            });
          }
        }
        if (store.records.length > MAX_RECORDS) throw new LogReadError('too-large');
      }
    } catch (error) {
      if (append) store.rollback(mark);
      throw error;
    }
    const added = files.length - (append ? this.#files.length : 0);
    const readNow = files.slice(files.length - added);
    if (!readNow.some((f) => f.report)) {
      if (append) store.rollback(mark);
      const first = readNow.find((f) => f.error)?.error;
      throw new LoadFailed(first?.code ?? 'empty', readNow);
    }
    onProgress('summarise', 0, { index: sources.length, count: sources.length, name: '' });
    this.#codes = codes;
    this.#caCodes = new Set(codes.filter((c) => c.conditionalAccess).map((c) => Number(c.code)));
    const summary = summarise(store.records, codes);
    this.#store = store;
    this.#pool = pool;
    this.#files = files;
    onProgress('summarise', 1, { index: sources.length, count: sources.length, name: '' });
    return {
      files,
      added,
      hasPolicies: files.some((f) => f.report?.hasPolicies),
      hasRuleDetails: files.some((f) => f.report?.hasRuleDetails),
      summary,
      ms: Math.round(performance.now() - start),
    };
  }

  /** Every record kept (for tests). */
  get records(): readonly SignInRecord[] {
    return this.#store.records;
  }

  /** One page of the events a filter keeps, and how many it keeps in all. */
  events(filter: EventFilter, offset: number, limit: number): { total: number; rows: EventRow[] } {
    const keep = eventPredicate(filter, this.#caCodes);
    const rows: EventRow[] = [];
    let total = 0;
    for (const r of this.#store.records) {
      if (!keep(r)) continue;
      if (total >= offset && rows.length < limit) rows.push(eventRow(r));
      total++;
    }
    return { total, rows };
  }

  /** The whole record at a position, or null. */
  event(index: number): SignInRecord | null {
    return this.#store.records[index] ?? null;
  }

  /** The events a pasted Request Id, Correlation Id or details block points to (first 50). */
  lookup(text: string): { matches: LookupMatch[]; rows: EventRow[] } {
    const records = this.#store.records;
    const matches = lookupEvents(records, text).slice(0, 50);
    return {
      matches,
      rows: matches.flatMap((m) => {
        const r = records[m.index];
        return r ? [eventRow(r)] : [];
      }),
    };
  }

  /** The CSV of every event a filter keeps. */
  export(filter: EventFilter): { csv: string; count: number } {
    const kept = this.#store.records.filter(eventPredicate(filter, this.#caCodes));
    return { csv: exportCsv(kept), count: kept.length };
  }

  /** The codes the last load was given (for tests). */
  get codes(): readonly CodeFacts[] {
    return this.#codes;
  }

  /**
   * Answers one request through `post`. Errors become an `error` message: a worker must never
   * die on a bad file. A `cancel` answers at once; the load it stops answers `cancelled`.
   */
  async handle(request: WorkerRequest, post: (response: WorkerResponse) => void): Promise<void> {
    const { id } = request;
    try {
      switch (request.type) {
        case 'load': {
          const sources: ByteSource[] = request.files
            ? request.files.map((f) => ({ name: f.name, size: f.size, stream: () => f.stream() }))
            : [textSource('', request.text ?? '')];
          this.#abort = new AbortController();
          let last = -1;
          const info = await this.load(sources, request.codes, {
            append: request.append === true,
            signal: this.#abort.signal,
            onProgress: (phase, fraction, file) => {
              const overall = Math.floor(overallProgress(phase, fraction) * 100);
              if (overall > last) {
                last = overall;
                post({
                  type: 'progress',
                  id,
                  phase,
                  fraction,
                  file: file.index,
                  files: file.count,
                  name: file.name,
                });
              }
            },
          });
          this.#abort = null;
          post({ type: 'loaded', id, ...info });
          break;
        }
        case 'cancel':
          this.#abort?.abort();
          post({ type: 'cancelled', id });
          break;
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
      if (request.type === 'load') this.#abort = null;
      if (error instanceof LoadFailed)
        post({ type: 'error', id, code: error.code, files: error.files, detail: '' });
      else if (error instanceof LogReadError)
        post({ type: 'error', id, code: error.code, files: [], detail: '' });
      else if (error instanceof ReadCancelled)
        post({ type: 'error', id, code: 'cancelled', files: [], detail: '' });
      else post({ type: 'error', id, code: 'internal', files: [], detail: String(error) });
    }
  }
}

/** A load in which no file could be read: every file with its reason. */
export class LoadFailed extends Error {
  constructor(
    readonly code: LogReadError['code'],
    readonly files: FileEntry[],
  ) {
    super(`no file could be read (${code})`);
    this.name = 'LoadFailed';
  }
}
