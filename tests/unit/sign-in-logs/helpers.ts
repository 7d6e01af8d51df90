import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import codes from '../../../src/data/codes.json';
import type { CodeFacts } from '../../../src/lib/sign-in-logs/aggregate';
import { bytesStream, type ByteSource } from '../../../src/lib/sign-in-logs/source';

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

/** A real-world fixture's bytes (`fixtures/real-world/…`, see its SOURCE.txt). */
export function realBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', 'real-world', path)));
}

/** A real-world fixture as text (UTF-8 files only). */
export function realText(path: string): string {
  return new TextDecoder().decode(realBytes(path));
}

/**
 * Bytes as the worker gets a file: a name, a size and a stream, in small chunks so that every
 * boundary case of the streaming readers gets its turn.
 */
export function bytesSource(name: string, bytes: Uint8Array, chunk = 4096): ByteSource {
  return { name, size: bytes.length, stream: () => bytesStream(bytes, chunk) };
}

/** A real-world fixture as a source. */
export function fileSource(path: string, chunk?: number): ByteSource {
  return bytesSource(path.split('/').at(-1) ?? path, realBytes(path), chunk);
}
