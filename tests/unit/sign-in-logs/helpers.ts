import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import codes from '../../../src/data/codes.json';
import type { CodeFacts } from '../../../src/lib/sign-in-logs/aggregate';

/** The site's own error codes, as the tool gets them. */
export const codeFacts: CodeFacts[] = codes;

/** Reads a fixture of this folder as text. */
export function fixture(name: string): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
}

/** The value, or a test failure saying the fixture no longer has it. */
export function must<T>(value: T | null | undefined, what = 'value'): T {
  if (value === null || value === undefined) throw new Error(`fixture: missing ${what}`);
  return value;
}
