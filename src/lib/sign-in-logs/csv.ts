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
  /** How many rows between two progress calls. */
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
 * Reads `text` row by row and hands each row's fields to `onRow`. Blank lines are skipped.
 * Linear in the text's length; fields without quotes are sliced, not built char by char.
 */
export function forEachCsvRow(
  input: string,
  onRow: (fields: string[], rowIndex: number) => void,
  options: CsvReadOptions = {},
): CsvReadInfo {
  const text = stripBom(input);
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const every = options.progressEvery ?? 5000;
  const n = text.length;
  let i = 0;
  let rows = 0;
  let unterminatedQuote = false;
  let fields: string[] = [];

  const endRow = () => {
    // A line with nothing on it is a blank line, not a row with one empty field.
    if (!(fields.length === 1 && fields[0] === '')) {
      onRow(fields, rows);
      rows++;
      if (options.onProgress && rows % every === 0) options.onProgress(i, n);
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
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(start);
          i = n;
          unterminatedQuote = true;
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
    if (i >= n) break;
    c = text.charCodeAt(i);
    if (c === delim) {
      i++;
      // A delimiter at the very end of the text still opens one last, empty field.
      if (i === n) fields.push('');
    } else {
      // CR, LF or CRLF ends the row.
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      endRow();
    }
  }
  if (fields.length) endRow();
  options.onProgress?.(n, n);
  return { delimiter, rows, unterminatedQuote };
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
