/**
 * From a file's bytes to text, the way admins' exports are written: UTF-8 with or without a BOM,
 * and UTF-16 little- or big-endian (Windows PowerShell's `Out-File`, IntuneManagement's exports)
 * with a BOM or, when the bytes say so plainly, without one. A file that is not text at all (a
 * picture, a PDF, an Office document) is refused with what it looks like, so the page never
 * drops binary noise into a text box.
 */

/** What a file turned out to be. */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { ok: false; kind: 'zip' | 'pdf' | 'image' | 'binary' };

/** Whether the first bytes are those of a ZIP archive (`PK\x03\x04`, or an empty one). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}

/** A UTF-16 file without a BOM: in ASCII-heavy text every other byte is zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 2048);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return 'utf-16be';
  return undefined;
}

/** Decodes a file's bytes (see the module comment). Never throws. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (isZip(bytes)) return { ok: false, kind: 'zip' };
  const head = String.fromCharCode(...bytes.slice(0, 8));
  if (head.startsWith('%PDF')) return { ok: false, kind: 'pdf' };
  if (
    head.startsWith('\x89PNG') ||
    head.startsWith('GIF8') ||
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
  )
    return { ok: false, kind: 'image' };
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else encoding = utf16WithoutBom(bytes) ?? 'utf-8';
  const text = new TextDecoder(encoding).decode(bytes.subarray(start));
  // Control characters other than spacing early on: not a text file.
  // eslint-disable-next-line no-control-regex
  const controls = text.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001a]/g)?.length ?? 0;
  if (controls > 8) return { ok: false, kind: 'binary' };
  return { ok: true, text, encoding };
}
