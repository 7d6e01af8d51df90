/**
 * Reading many files at once: a selection, a dropped folder, a `.zip`. Each file is decoded
 * (`decode.ts`), split into its JSON documents and classified item by item (`documents.ts`); the
 * policies and the named locations go to their boxes, wherever they were dropped, and every file
 * gets a line in the report: read (how many of what), or skipped, and why. The order is stable
 * and the one people see in a folder: files at the top level first, then each subfolder, each
 * sorted by name, so policies without an id keep the same `#n` whatever the order of the drop.
 */
import { unzipSync } from 'fflate';
import { decodeBytes, isZip } from './decode.ts';
import { itemsOfText, refusal, type Item } from './documents.ts';
import type { Reason } from './types.ts';

/** One file as the page hands it over: its path (folder-relative when known) and bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** What became of one file. */
export interface FileReport {
  name: string;
  status: 'read' | 'skipped';
  /** For a read file: how many policies and named locations it gave. */
  policies: number;
  locations: number;
  /** Why it was skipped, or what is worth knowing about it (a wrapper, items left out). */
  notes: Reason[];
}

/** Everything read from a set of files. */
export interface SourcesRead {
  /** The policy objects (unwrapped), in the stable order. */
  policies: unknown[];
  locations: unknown[];
  /** Names an export carried beside its policies (lower-case id → name). */
  names: Map<string, string>;
  files: FileReport[];
}

/** Largest single file read, and largest total (bytes). */
export const MAX_FILE_BYTES = 8_000_000;
export const MAX_TOTAL_BYTES = 40_000_000;
/** The most files read from one selection or archive. */
export const MAX_FILES = 2000;

/** The stable order: by folder depth, then by path (code-unit order, as `ls` in C locale). */
export function fileOrder(a: string, b: string): number {
  const da = a.split('/').length;
  const db = b.split('/').length;
  if (da !== db) return da - db;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files worth opening: not folders, not macOS resource forks, not hidden files. */
const wanted = (path: string) =>
  !path.endsWith('/') && !path.split('/').some((p) => p.startsWith('.') || p === '__MACOSX');

/** The entries of a ZIP archive as files (paths inside the archive prefixed with its name). */
function unzip(file: SourceFile): SourceFile[] | Reason {
  try {
    let total = 0;
    const entries = unzipSync(file.bytes, {
      filter: (f) => {
        total += f.originalSize;
        return wanted(f.name) && f.originalSize <= MAX_FILE_BYTES && total <= MAX_TOTAL_BYTES;
      },
    });
    return Object.entries(entries)
      .slice(0, MAX_FILES)
      .map(([name, bytes]) => ({ name: `${file.name}/${name}`, bytes }));
  } catch {
    return { key: 'file.badZip', params: {} };
  }
}

/** Reads the files (see the module comment). Never throws. */
export function readSources(input: readonly SourceFile[]): SourcesRead {
  const out: SourcesRead = { policies: [], locations: [], names: new Map(), files: [] };
  const expanded: SourceFile[] = [];
  for (const f of input.slice(0, MAX_FILES)) {
    if (!isZip(f.bytes)) {
      expanded.push(f);
      continue;
    }
    const inner = unzip(f);
    if (Array.isArray(inner)) {
      if (!inner.length)
        out.files.push({
          name: f.name,
          status: 'skipped',
          policies: 0,
          locations: 0,
          notes: [{ key: 'file.emptyZip', params: {} }],
        });
      expanded.push(...inner);
    } else
      out.files.push({
        name: f.name,
        status: 'skipped',
        policies: 0,
        locations: 0,
        notes: [inner],
      });
  }
  expanded.sort((a, b) => fileOrder(a.name, b.name));
  for (const f of expanded) out.files.push(readOne(f, out));
  out.files.sort((a, b) => fileOrder(a.name, b.name));
  return out;
}

function skipped(name: string, note: Reason): FileReport {
  return { name, status: 'skipped', policies: 0, locations: 0, notes: [note] };
}

function readOne(f: SourceFile, out: SourcesRead): FileReport {
  if (!wanted(f.name)) return skipped(f.name, { key: 'file.hidden', params: {} });
  if (f.bytes.length > MAX_FILE_BYTES)
    return skipped(f.name, {
      key: 'file.tooLarge',
      params: { size: f.bytes.length, max: MAX_FILE_BYTES },
    });
  const decoded = decodeBytes(f.bytes);
  if (!decoded.ok) return skipped(f.name, { key: `file.${decoded.kind}`, params: {} });
  const read = itemsOfText(decoded.text);
  if (!read.ok) return skipped(f.name, read.error);
  return route(f.name, read.items, read.total, out);
}

/** Puts a file's items in their boxes and writes its report line. */
function route(name: string, items: Item[], total: number, out: SourcesRead): FileReport {
  const report: FileReport = { name, status: 'read', policies: 0, locations: 0, notes: [] };
  const wrappers = new Set<string>();
  for (const item of items) {
    if (item.kind === 'policy') {
      out.policies.push(item.value);
      report.policies++;
      if (item.wrapper) wrappers.add(item.wrapper);
      for (const [id, n] of item.names ?? []) if (!out.names.has(id)) out.names.set(id, n);
    } else if (item.kind === 'location') {
      out.locations.push(item.value);
      report.locations++;
    }
  }
  for (const w of wrappers) report.notes.push({ key: 'file.wrapper', params: { key: w } });
  const others = items.length - report.policies - report.locations;
  if (!report.policies && !report.locations) {
    report.status = 'skipped';
    report.notes.push(refusal(items, total, 'policy'));
    return report;
  }
  if (others) report.notes.push({ key: 'file.othersSkipped', params: { count: others } });
  if (total > items.length)
    report.notes.push({ key: 'input.tooMany', params: { count: total, max: items.length } });
  return report;
}
