/**
 * Turns a file's bytes into text, piece by piece, in the encoding the file is really in: UTF-8
 * (with or without a byte-order mark), UTF-16 as Excel's "Unicode text" and Windows PowerShell
 * 5.1's `Out-File` write it (with a byte-order mark, or recognised by its zero bytes), and
 * Windows-1252, which an Italian (or any Western European) Excel writes for "CSV (delimited)".
 *
 * Windows-1252 has no mark: a file is taken for UTF-8 until a byte sequence proves it is not.
 * When that happens in the first piece, the decoder switches at once; later in the file (the first
 * accented name may come late) it throws {@link EncodingRestart}, and the reader starts that file
 * again as Windows-1252, so no text is ever read with the wrong letters.
 */

/** The encodings the reader recognises. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Thrown when a file taken for UTF-8 turns out not to be: read it again as Windows-1252. */
export class EncodingRestart extends Error {
  constructor() {
    super('not UTF-8: read again as Windows-1252');
    this.name = 'EncodingRestart';
  }
}

/** Decodes a stream of byte pieces. */
export class StreamDecoder {
  #decoder: TextDecoder | null = null;
  #encoding: TextEncoding | null = null;
  #forced: TextEncoding | null;
  #head: Uint8Array | null = null;
  #first = true;

  /** `forced`: the encoding to use without guessing (after an {@link EncodingRestart}). */
  constructor(forced: TextEncoding | null = null) {
    this.#forced = forced;
  }

  /** The encoding in use, once the first bytes were seen. */
  get encoding(): TextEncoding | null {
    return this.#encoding;
  }

  /** Decodes the next piece; may return '' while it waits for enough bytes to decide. */
  push(bytes: Uint8Array): string {
    if (!this.#decoder) {
      // Four bytes are enough to see a byte-order mark or UTF-16's zero bytes.
      const head = this.#head ? concat(this.#head, bytes) : bytes;
      if (head.length < 4) {
        this.#head = head;
        return '';
      }
      this.#head = null;
      this.#start(head);
      return this.#decode(head, true);
    }
    return this.#decode(bytes, true);
  }

  /** Decodes whatever is left. */
  end(): string {
    if (!this.#decoder) {
      const head = this.#head ?? new Uint8Array(0);
      this.#head = null;
      this.#start(head);
      return this.#decode(head, false);
    }
    return this.#decode(new Uint8Array(0), false);
  }

  /** Picks the encoding from the first bytes. */
  #start(head: Uint8Array) {
    const [a = -1, b = -1, c = -1, d = -1] = head;
    let encoding: TextEncoding;
    if (this.#forced) encoding = this.#forced;
    else if (a === 0xef && b === 0xbb && c === 0xbf) encoding = 'utf-8-bom';
    else if (a === 0xff && b === 0xfe) encoding = 'utf-16le';
    else if (a === 0xfe && b === 0xff) encoding = 'utf-16be';
    // Without a mark, UTF-16 text of ASCII letters has every other byte zero.
    else if (a > 0 && b === 0 && c > 0 && d === 0) encoding = 'utf-16le';
    else if (a === 0 && b > 0 && c === 0 && d > 0) encoding = 'utf-16be';
    else encoding = validUtf8Start(head) ? 'utf-8' : 'windows-1252';
    this.#encoding = encoding;
    const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
    // UTF-8 is decoded strictly so that a Windows-1252 file cannot pass for it.
    this.#decoder = new TextDecoder(label, { fatal: label === 'utf-8' });
  }

  /** Decodes with the chosen decoder; a UTF-8 error means the file must be read again. */
  #decode(bytes: Uint8Array, stream: boolean): string {
    const decoder = this.#decoder;
    if (!decoder) return '';
    try {
      const text = decoder.decode(bytes, { stream });
      this.#first = false;
      return text;
    } catch {
      if (this.#encoding !== 'utf-8') throw new EncodingRestart();
      if (this.#first) {
        // The very first piece is not UTF-8: switch now, nothing was read yet.
        this.#first = false;
        this.#encoding = 'windows-1252';
        this.#decoder = new TextDecoder('windows-1252');
        return this.#decoder.decode(bytes, { stream });
      }
      throw new EncodingRestart();
    }
  }
}

/** True when bytes are valid UTF-8, allowing a sequence cut at the end. */
function validUtf8Start(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Two byte arrays as one. */
export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
