/**
 * Files as the page receives them (a selection of several, a folder chosen with its picker, a
 * folder or files dropped, a `.zip`) turned into the `SourceFile`s that `src/lib/what-if/
 * sources.ts` reads. A dropped folder is walked through the browser's entries API. Each file
 * keeps its path inside the folder, so the report names it as the reader sees it, and no file is
 * read past the size the reader can use (a larger one is still listed, as too large).
 */
import type { SourceFile } from '~/lib/what-if/sources.ts';

/** The most files taken from one drop (the reader reads no more: `MAX_FILES` in `sources.ts`). */
const MAX_WALKED = 2000;

/** A file with the path it had in a chosen or dropped folder. */
export interface PathFile {
  file: File;
  path: string;
}

/** The files of a picker (a folder picker gives each its path in the folder). */
export function pickedFiles(list: FileList | null | undefined): PathFile[] {
  return [...(list ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/** Every file of a directory entry, with its path, up to the limit. */
async function walk(entry: FileSystemEntry, out: PathFile[]): Promise<void> {
  if (out.length >= MAX_WALKED) return;
  if (entry.isFile) {
    const file = await new Promise<File | null>((resolve) =>
      (entry as FileSystemFileEntry).file(resolve, () => resolve(null)),
    );
    if (file) out.push({ file, path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // A directory reader hands its entries out in batches, until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve) =>
      reader.readEntries(resolve, () => resolve([])),
    );
    if (!batch.length) return;
    for (const child of batch) await walk(child, out);
  }
}

/** The files of a drop: folders walked, plain files as they are. */
export async function droppedFiles(data: DataTransfer | null | undefined): Promise<PathFile[]> {
  if (!data) return [];
  const entries = [...data.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (!entries.some((e) => e.isDirectory)) return pickedFiles(data.files);
  const out: PathFile[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

/**
 * The files' bytes for `readSources`. A file larger than `maxBytes` (the most the reader would
 * take) is read only to one byte past it: enough for the report to call it too large.
 */
export async function sourceFiles(
  files: readonly PathFile[],
  maxBytes: number,
): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const { file, path } of files) {
    const take = Math.min(file.size, maxBytes + 1);
    try {
      out.push({ name: path, bytes: new Uint8Array(await file.slice(0, take).arrayBuffer()) });
    } catch {
      out.push({ name: path, bytes: new Uint8Array() });
    }
  }
  return out;
}
