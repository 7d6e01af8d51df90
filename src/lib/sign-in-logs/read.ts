/**
 * Reads one text already in memory (a test fixture, a small paste) as one file, at once: the
 * same intake the worker streams files through (`intake.ts`), without bytes or archives.
 * Anything that is not a sign-in log fails with a {@link LogReadError}.
 */
import { FileIntake, LogReadError, type FileReport } from './intake';
import { Pool } from './pool';
import { RecordStore } from './store';
import type { SignInRecord } from './types';

export { LogReadError } from './intake';
export type { Found, LogReadErrorCode, LogReadWarning } from './intake';

/** What a read produced: the file's report, and its records (duplicates counted once). */
export interface LogReadResult extends FileReport {
  records: SignInRecord[];
}

/** Reads one text; `name` stands for the file name (it hints at a portal CSV's sign-in kind). */
export function readSignInLog(text: string, name = ''): LogReadResult {
  const intake = new FileIntake({ name, file: 0, pool: new Pool() });
  // Pieces, as a file arrives: the streaming paths are the ones tested.
  const step = 1 << 16;
  for (let i = 0; i < text.length; i += step) intake.push(text.slice(i, i + step));
  const read = intake.end();
  const store = new RecordStore();
  const report = store.add(read, 0);
  return { ...report, records: store.records };
}

/** The code a read of `text` fails with, or 'ok' (for tests and quick checks). */
export function readFailure(text: string): string {
  try {
    readSignInLog(text);
    return 'ok';
  } catch (error) {
    return error instanceof LogReadError ? error.code : 'other';
  }
}
