/**
 * The messages between the sign-in log page and its Web Worker, and the few constants both sides
 * need. Types only, plus two tiny values, so that the page's first script stays small: the
 * parsing code is bundled into the worker, not into the page.
 */
import type { CodeFacts, LogSummary } from './aggregate';
import type { EventFilter, EventRow, LookupMatch } from './query';
import type { LogReadErrorCode, LogReadWarning, ReadPhase } from './read';
import type { LogFormat, SignInRecord } from './types';

/** The largest file the tool reads: the portal's own download stops around 250,000 records. */
export const MAX_BYTES = 200 * 1024 * 1024;

/** The phases of a load, as the progress bar reports them. */
export type LoadPhase = 'read' | ReadPhase | 'summarise';

/** Messages from the page to the worker. Every request carries an id its answer repeats. */
export type WorkerRequest =
  | { type: 'load'; id: number; file?: Blob; text?: string; codes: CodeFacts[] }
  | { type: 'events'; id: number; filter: EventFilter; offset: number; limit: number }
  | { type: 'event'; id: number; index: number }
  | { type: 'lookup'; id: number; text: string }
  | { type: 'export'; id: number; filter: EventFilter };

/** What a successful load sends back. */
export interface LoadedInfo {
  format: LogFormat;
  graphVersion: 'v1.0' | 'beta' | null;
  warnings: LogReadWarning[];
  hasPolicies: boolean;
  hasRuleDetails: boolean;
  summary: LogSummary;
  /** Milliseconds from the start of parsing to the summary. */
  ms: number;
}

/** Messages from the worker to the page. */
export type WorkerResponse =
  | { type: 'progress'; id: number; phase: LoadPhase; fraction: number }
  | ({ type: 'loaded'; id: number } & LoadedInfo)
  | { type: 'error'; id: number; code: LogReadErrorCode | 'internal'; detail: string }
  | { type: 'events'; id: number; total: number; rows: EventRow[] }
  | { type: 'event'; id: number; record: SignInRecord | null }
  | { type: 'lookup'; id: number; matches: LookupMatch[]; rows: EventRow[] }
  | { type: 'export'; id: number; csv: string; count: number };

/** Where each phase sits on a single 0–1 progress bar. */
const phaseSpan: Record<LoadPhase, readonly [number, number]> = {
  read: [0, 0.35],
  parse: [0.35, 0.75],
  normalise: [0.75, 0.95],
  summarise: [0.95, 1],
};

/** The overall progress (0–1) of a phase at a fraction of its own work. */
export function overallProgress(phase: LoadPhase, fraction: number): number {
  const [from, to] = phaseSpan[phase];
  return from + (to - from) * Math.min(1, Math.max(0, fraction));
}

/** A request as the page writes it: the element adds the id. */
export type RequestBody = WorkerRequest extends infer R
  ? R extends WorkerRequest
    ? Omit<R, 'id'>
    : never
  : never;

/** Sends one request to the worker and resolves with its answer. */
export type Ask = (request: RequestBody) => Promise<WorkerResponse>;
