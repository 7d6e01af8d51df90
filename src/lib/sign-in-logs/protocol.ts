/**
 * The messages between the sign-in log page and its Web Worker, and the few constants both sides
 * need. Types only, plus two tiny values, so that the page's first script stays small: the
 * parsing code is bundled into the worker, not into the page.
 */
import type { CodeFacts, LogSummary } from './aggregate';
import type { FileReport, Found, LogReadErrorCode } from './intake';
import type { EventFilter, EventRow, LookupMatch } from './query';
import type { SignInRecord } from './types';

/**
 * The file extensions the reader opens (the file picker offers them): JSON, JSON lines,
 * diagnostic logs, CSV and tab-separated text, and archives holding them.
 */
export const acceptedExtensions = [
  '.json',
  '.jsonl',
  '.ndjson',
  '.log',
  '.csv',
  '.tsv',
  '.txt',
  '.zip',
  '.gz',
] as const;

/** The phases of a load, as the progress bar reports them. */
export type LoadPhase = 'read' | 'summarise';

/** Messages from the page to the worker. Every request carries an id its answer repeats. */
export type WorkerRequest =
  | {
      type: 'load';
      id: number;
      /** Files picked or dropped (read in this order), or a pasted text. */
      files?: File[];
      text?: string;
      codes: CodeFacts[];
      /** Add to the files already read instead of starting again. */
      append?: boolean;
    }
  /** Stops the load in progress; the files read before it are kept. */
  | { type: 'cancel'; id: number }
  | { type: 'events'; id: number; filter: EventFilter; offset: number; limit: number }
  | { type: 'event'; id: number; index: number }
  | { type: 'lookup'; id: number; text: string }
  | { type: 'export'; id: number; filter: EventFilter };

/** One file of a load: what was recognised, or why it was refused. */
export type FileEntry =
  | { name: string; container: string | null; report: FileReport; error?: undefined }
  | {
      name: string;
      container: string | null;
      report?: undefined;
      error: { code: LogReadErrorCode; found: Found | null };
    };

/** What a successful load sends back. */
export interface LoadedInfo {
  /** Every file read in this session (earlier loads first when appending). */
  files: FileEntry[];
  /** How many of `files` this load added. */
  added: number;
  /** True when at least one file read carries a list of applied policies. */
  hasPolicies: boolean;
  /** True when at least one policy carries beta's include/exclude rule fields. */
  hasRuleDetails: boolean;
  summary: LogSummary;
  /** Milliseconds from the start of reading to the summary. */
  ms: number;
}

/** Messages from the worker to the page. */
export type WorkerResponse =
  | {
      type: 'progress';
      id: number;
      phase: LoadPhase;
      fraction: number;
      /** The file being read: its position (from 1), how many there are, its name. */
      file: number;
      files: number;
      name: string;
    }
  | ({ type: 'loaded'; id: number } & LoadedInfo)
  | {
      type: 'error';
      id: number;
      code: LogReadErrorCode | 'cancelled';
      /** Every file tried, with why each was refused (empty for an internal error). */
      files: FileEntry[];
      detail: string;
    }
  | { type: 'events'; id: number; total: number; rows: EventRow[] }
  | { type: 'event'; id: number; record: SignInRecord | null }
  | { type: 'lookup'; id: number; matches: LookupMatch[]; rows: EventRow[] }
  | { type: 'export'; id: number; csv: string; count: number }
  | { type: 'cancelled'; id: number };

/** Where each phase sits on a single 0–1 progress bar. */
const phaseSpan: Record<LoadPhase, readonly [number, number]> = {
  read: [0, 0.95],
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
