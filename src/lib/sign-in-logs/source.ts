/**
 * Reads a file's bytes, chunk by chunk, into {@link FileIntake}s: a plain text file, a `.zip`
 * (each file inside read in turn, unzipped as it streams by fflate) or a `.gz`. Spreadsheets,
 * PDFs and images are recognised by their first bytes and refused with what they are.
 *
 * Memory holds one chunk at a time, never the file. A file taken for UTF-8 that turns out to be
 * Windows-1252 is read again from its start (see `decode.ts`); a cancel (`signal`) stops between
 * two chunks.
 */
import { Gunzip, Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { EncodingRestart, StreamDecoder, type TextEncoding } from './decode';
import { FileIntake, LogReadError, type FileRead, type Found } from './intake';
import type { Pool } from './pool';

/** A file to read: its name, its size and a way to stream its bytes (again, if need be). */
export interface ByteSource {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

/** One file read out of a source (a zip holds several): its records, or why it was refused. */
export type SourceResult =
  | { name: string; container: string | null; read: FileRead; error?: undefined }
  | { name: string; container: string | null; read?: undefined; error: LogReadError };

/** What reading a source needs. */
export interface SourceOptions {
  /** The position of the source's first file among all files read. */
  file: number;
  pool: Pool;
  /** Called after each chunk with the bytes of this source read so far. */
  onBytes?: (done: number) => void;
  signal?: AbortSignal;
}

/** Extensions of files inside an archive that the reader tries (others are listed, not read). */
const readable = /\.(json|jsonl|ndjson|csv|tsv|txt|log)$/i;

/** The name of a file without a `.gz` ending. */
function unzippedName(name: string): string {
  return name.replace(/\.gz$/i, '') || name;
}

/** What the first bytes say a file is, when it is not text. */
export function magic(bytes: Uint8Array): Found['kind'] | 'text' {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return 'zip';
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) return 'pdf';
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return 'xls';
  if (
    (a === 0x89 && b === 0x50 && c === 0x4e && d === 0x47) ||
    (a === 0xff && b === 0xd8 && c === 0xff) ||
    (a === 0x47 && b === 0x49 && c === 0x46)
  )
    return 'image';
  return 'text';
}

/** Thrown to stop a read the reader asked to cancel. */
export class ReadCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'ReadCancelled';
  }
}

/** Reads every file of a source. Never throws a {@link LogReadError}: it comes back as a result. */
export async function readSource(
  source: ByteSource,
  options: SourceOptions,
): Promise<SourceResult[]> {
  const forced = new Map<string, TextEncoding>();
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      return await attemptSource(source, options, forced);
    } catch (error) {
      if (error instanceof RestartFile) {
        forced.set(error.file, 'windows-1252');
        continue;
      }
      throw error;
    }
  }
  return [{ name: source.name, container: null, error: new LogReadError('internal') }];
}

/** A file inside the source must be read again as Windows-1252. */
class RestartFile extends Error {
  constructor(readonly file: string) {
    super(`read ${file} again as Windows-1252`);
    this.name = 'RestartFile';
  }
}

/** One text file being read: decoder and intake, or the error that stopped it. */
class TextFile {
  readonly decoder: StreamDecoder;
  intake: FileIntake | null = null;
  error: LogReadError | null = null;

  constructor(
    readonly name: string,
    readonly container: string | null,
    readonly file: number,
    readonly pool: Pool,
    forced: TextEncoding | null,
  ) {
    this.decoder = new StreamDecoder(forced);
  }

  /** Decodes and reads one chunk; errors stop this file only (restarts go up). */
  push(bytes: Uint8Array) {
    if (this.error) return;
    try {
      const text = this.decoder.push(bytes);
      if (text) this.#intake().push(text);
    } catch (error) {
      this.#fail(error);
    }
  }

  /** Ends the file: its result. */
  end(): SourceResult {
    if (!this.error) {
      try {
        const text = this.decoder.end();
        const intake = this.#intake();
        if (text) intake.push(text);
        const read = intake.end();
        read.report.encoding = this.decoder.encoding;
        return { name: this.name, container: this.container, read };
      } catch (error) {
        this.#fail(error);
      }
    }
    return {
      name: this.name,
      container: this.container,
      error: this.error ?? new LogReadError('internal'),
    };
  }

  /** The intake, created with the encoding once the decoder has chosen it. */
  #intake(): FileIntake {
    this.intake ??= new FileIntake({
      name: this.name,
      container: this.container,
      file: this.file,
      pool: this.pool,
      encoding: this.decoder.encoding,
    });
    return this.intake;
  }

  /** Keeps a reader's error; anything else (a restart, a bug) goes up. */
  #fail(error: unknown) {
    if (error instanceof EncodingRestart) throw new RestartFile(this.name);
    if (error instanceof LogReadError) this.error = error;
    else throw error;
  }
}

/** One pass over a source. */
async function attemptSource(
  source: ByteSource,
  options: SourceOptions,
  forced: ReadonlyMap<string, TextEncoding>,
): Promise<SourceResult[]> {
  const reader = source.stream().getReader();
  let done = 0;
  let sink: ((bytes: Uint8Array, final: boolean) => void) | null = null;
  let finish: () => SourceResult[] = () => [];
  let yielded = performance.now();
  try {
    for (;;) {
      // Chunks already in memory resolve without ever leaving the microtask queue: give the
      // worker's message queue (a cancel) a turn now and then.
      if (performance.now() - yielded > 50) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        yielded = performance.now();
      }
      if (options.signal?.aborted) throw new ReadCancelled();
      const chunk = await reader.read();
      if (chunk.done) break;
      const bytes = chunk.value;
      if (!bytes.length) continue;
      done += bytes.length;
      if (!sink) {
        const kind = magic(bytes);
        if (kind === 'zip') [sink, finish] = zipSink(source.name, options, forced);
        else if (kind === 'gzip') [sink, finish] = gzipSink(source.name, options, forced);
        else if (kind === 'text') [sink, finish] = textSink(source.name, null, options, forced);
        else
          return [
            { name: source.name, container: null, error: new LogReadError('binary', { kind }) },
          ];
      }
      sink(bytes, false);
      options.onBytes?.(done);
    }
    if (!sink) return [{ name: source.name, container: null, error: new LogReadError('empty') }];
    sink(new Uint8Array(0), true);
    return finish();
  } finally {
    reader.releaseLock();
  }
}

type Sink = [(bytes: Uint8Array, final: boolean) => void, () => SourceResult[]];

/** A plain text file. */
function textSink(
  name: string,
  container: string | null,
  options: SourceOptions,
  forced: ReadonlyMap<string, TextEncoding>,
): Sink {
  const file = new TextFile(name, container, options.file, options.pool, forced.get(name) ?? null);
  return [(bytes) => file.push(bytes), () => [file.end()]];
}

/** A gzip file: one text file inside. */
function gzipSink(
  name: string,
  options: SourceOptions,
  forced: ReadonlyMap<string, TextEncoding>,
): Sink {
  const inner = unzippedName(name);
  const file = new TextFile(inner, name, options.file, options.pool, forced.get(inner) ?? null);
  let failed: LogReadError | null = null;
  const gunzip = new Gunzip((data) => file.push(data));
  return [
    (bytes, final) => {
      if (failed) return;
      try {
        gunzip.push(bytes, final);
      } catch (error) {
        if (error instanceof RestartFile) throw error;
        failed = new LogReadError('binary', { kind: 'gzip' });
      }
    },
    () => [failed ? { name, container: null, error: failed } : file.end()],
  ];
}

/** A zip archive: each file inside, in order. */
function zipSink(
  name: string,
  options: SourceOptions,
  forced: ReadonlyMap<string, TextEncoding>,
): Sink {
  const results: SourceResult[] = [];
  const skipped: string[] = [];
  let excel = false;
  let broken = false;
  let current: TextFile | null = null;
  const unzip = new Unzip((entry: UnzipFile) => {
    const entryName = entry.name;
    if (/^\[Content_Types\]\.xml$|^xl\//.test(entryName)) excel = true;
    if (entryName.endsWith('/') || /(^|\/)(__MACOSX|\.DS_Store)/.test(entryName)) return;
    if (!readable.test(entryName) && /\.[a-z0-9]{1,5}$/i.test(entryName)) {
      skipped.push(entryName);
      return;
    }
    const file = new TextFile(
      entryName,
      name,
      options.file + results.length,
      options.pool,
      forced.get(entryName) ?? null,
    );
    current = file;
    entry.ondata = (error, data, final) => {
      if (error) {
        broken = true;
        return;
      }
      file.push(data);
      if (final) {
        results.push(file.end());
        current = null;
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  return [
    (bytes, final) => {
      if (broken) return;
      try {
        unzip.push(bytes, final);
      } catch (error) {
        if (error instanceof RestartFile) throw error;
        broken = true;
      }
    },
    () => {
      const open = current as TextFile | null;
      if (open) results.push(open.end());
      if (excel && !results.some((r) => r.read))
        return [{ name, container: null, error: new LogReadError('binary', { kind: 'xlsx' }) }];
      if (broken && !results.length)
        return [{ name, container: null, error: new LogReadError('binary', { kind: 'zip' }) }];
      if (!results.length)
        return [
          {
            name,
            container: null,
            error: new LogReadError('archive-empty', {
              kind: 'zip',
              names: skipped.slice(0, 8),
              count: skipped.length,
            }),
          },
        ];
      return results;
    },
  ];
}

/** A stream over bytes in memory, in chunks of `chunk` bytes (as a file would come). */
export function bytesStream(bytes: Uint8Array, chunk = 1 << 20): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < bytes.length; i += chunk)
        controller.enqueue(new Uint8Array(bytes.subarray(i, i + chunk)));
      controller.close();
    },
  });
}

/** A source over text already in memory (a paste), read as one file, the file's way. */
export function textSource(name: string, text: string): ByteSource {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, stream: () => bytesStream(bytes) };
}
