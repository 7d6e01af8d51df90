/**
 * CSV as RFC 4180 writes it, read leniently: quoted fields with embedded commas, line breaks and
 * doubled quotes; CRLF, LF or CR line ends; a UTF-8 byte-order mark; a missing final line end.
 * The portal writes commas; a file re-saved by a European Excel may use semicolons, so the
 * delimiter is read from the header line. Malformed input never throws: a stray quote inside an
 * unquoted field is kept as text, and a quote left open at the end of the file (a truncated
 * download) closes there and is reported.
 */

/** What a read of a CSV text found besides its rows. */
export interface CsvReadInfo {
  /** The field separator used. */
  delimiter: string;
  /** How many rows were delivered (blank lines are skipped). */
  rows: number;
  /** True when the file ended inside a quoted field: it was probably cut short. */
  unterminatedQuote: boolean;
}

/** Options of {@link forEachCsvRow}. */
export interface CsvReadOptions {
  /** Force a delimiter instead of reading it from the header line. */
  delimiter?: string;
  /** Called now and then with the number of characters read so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** How many characters between two progress calls. */
  progressEvery?: number;
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** Strips a leading UTF-8 byte-order mark, which `TextDecoder` keeps when told to. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Guesses the delimiter from the first line (outside quotes): comma, semicolon or tab, whichever
 * occurs most; comma when none does.
 */
export function sniffDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Reads CSV text that arrives in pieces, row by row: a row cut between two pieces (a quoted field
 * with line breaks included) waits for the next piece, so memory holds one piece and one row.
 * The delimiter is read from the header line once it is complete.
 */
export class CsvStream {
  #onRow: (fields: string[], rowIndex: number) => void;
  #delimiter: string | null;
  #carry = '';
  #rows = 0;
  #unterminatedQuote = false;
  #started = false;

  constructor(
    onRow: (fields: string[], rowIndex: number) => void,
    options: { delimiter?: string } = {},
  ) {
    this.#onRow = onRow;
    this.#delimiter = options.delimiter ?? null;
  }

  /** The delimiter, once the header line was seen. */
  get delimiter(): string | null {
    return this.#delimiter;
  }

  /** How many rows were delivered so far. */
  get rows(): number {
    return this.#rows;
  }

  /** Reads the complete rows of one more piece. */
  push(piece: string) {
    this.#run(this.#carry ? this.#carry + piece : piece, false);
  }

  /** Reads what is left: the last row may lack its line end, or end inside quotes. */
  end(): CsvReadInfo {
    this.#run(this.#carry, true);
    return {
      delimiter: this.#delimiter ?? ',',
      rows: this.#rows,
      unterminatedQuote: this.#unterminatedQuote,
    };
  }

  /** Parses `text`, keeping an incomplete last row for the next piece unless `final`. */
  #run(input: string, final: boolean) {
    const text = this.#started ? input : stripBom(input);
    this.#started = true;
    if (this.#delimiter === null) {
      if (!final && !hasLineEnd(text)) {
        this.#carry = text;
        return;
      }
      this.#delimiter = sniffDelimiter(text);
    }
    const consumed = this.#parse(text, final);
    this.#carry = consumed < text.length ? text.slice(consumed) : '';
  }

  /**
   * Delivers every complete row of `text`; returns how much of it was consumed. Linear in the
   * text's length; fields without quotes are sliced, not built char by char.
   */
  #parse(text: string, final: boolean): number {
    const delim = (this.#delimiter ?? ',').charCodeAt(0);
    const n = text.length;
    let i = 0;
    let rowStart = 0;
    let fields: string[] = [];

    const endRow = () => {
      // A line with nothing on it is a blank line, not a row with one empty field.
      if (!(fields.length === 1 && fields[0] === '')) {
        this.#onRow(fields, this.#rows);
        this.#rows++;
      }
      fields = [];
    };

    while (i < n) {
      let c = text.charCodeAt(i);
      if (c === QUOTE) {
        // Quoted field: runs to the next quote not followed by another quote.
        let value = '';
        let start = i + 1;
        i = start;
        let open = false;
        for (;;) {
          const q = text.indexOf('"', i);
          if (q === -1) {
            open = true;
            value += text.slice(start);
            i = n;
            break;
          }
          if (q + 1 === n && !final) {
            // The quote may be the first of a doubled pair cut by the piece's end.
            open = true;
            i = n;
            break;
          }
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(start, q + 1);
            i = q + 2;
            start = i;
            continue;
          }
          value += text.slice(start, q);
          i = q + 1;
          break;
        }
        if (open) {
          if (!final) return rowStart;
          this.#unterminatedQuote = true;
          fields.push(value);
          break;
        }
        // Lenient: text between the closing quote and the delimiter is kept.
        const tail = i;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          i++;
        }
        if (i > tail) value += text.slice(tail, i);
        fields.push(value);
      } else {
        const start = i;
        while (i < n) {
          c = text.charCodeAt(i);
          if (c === delim || c === CR || c === LF) break;
          i++;
        }
        fields.push(text.slice(start, i));
      }
      if (i >= n) {
        if (!final) return rowStart;
        break;
      }
      c = text.charCodeAt(i);
      if (c === delim) {
        i++;
        if (i === n) {
          if (!final) return rowStart;
          // A delimiter at the very end of the text still opens one last, empty field.
          fields.push('');
        }
      } else {
        // CR, LF or CRLF ends the row.
        i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
        endRow();
        rowStart = i;
      }
    }
    if (fields.length) endRow();
    return n;
  }
}

/** True when a text has a line end outside quotes. */
function hasLineEnd(text: string): boolean {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (!quoted && (c === CR || c === LF)) return true;
  }
  return false;
}

/**
 * Reads `text` row by row and hands each row's fields to `onRow`. Blank lines are skipped.
 * Progress is reported per slice of about a megabyte.
 */
export function forEachCsvRow(
  input: string,
  onRow: (fields: string[], rowIndex: number) => void,
  options: CsvReadOptions = {},
): CsvReadInfo {
  const stream = new CsvStream(
    onRow,
    options.delimiter === undefined ? {} : { delimiter: options.delimiter },
  );
  const step = options.progressEvery ? Math.max(1, options.progressEvery) : 1 << 20;
  for (let i = 0; i < input.length; i += step) {
    stream.push(input.slice(i, i + step));
    options.onProgress?.(Math.min(input.length, i + step), input.length);
  }
  const info = stream.end();
  options.onProgress?.(input.length, input.length);
  return info;
}

/** Reads a whole CSV text into rows of fields. */
export function parseCsv(text: string, options: CsvReadOptions = {}): string[][] {
  const rows: string[][] = [];
  forEachCsvRow(text, (fields) => rows.push(fields), options);
  return rows;
}

/**
 * Makes one cell safe for a spreadsheet: a text starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return would run as a formula when the CSV is opened (CSV injection), so it gets a
 * leading apostrophe; then RFC 4180 quoting where needed.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends, every cell through {@link csvCell}. */
export function toCsv(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
