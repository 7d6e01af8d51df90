/**
 * Splits JSON text that arrives in pieces into its records, without ever holding the whole text:
 * the elements of a top-level array (the portal's JSON download, PowerShell and az output), the
 * elements of a `value` or `records` array inside a top-level object (a Graph page, an Event Hub
 * message), or one top-level value after another (JSON lines, one record per line). Each record
 * is handed over as its own text, for `JSON.parse`; the other members of a top-level object
 * (`@odata.context`, `@odata.nextLink`…) are parsed and kept, and a top-level object without a
 * records array is itself a record (a single sign-in, a single diagnostic record).
 *
 * Lifecycle: `push()` each decoded piece in order, then `end()`. The scanner keeps only the text
 * of the record it is inside, so memory does not grow with the file. It checks the structure it
 * walks (commas, brackets, keys); the records themselves are checked by `JSON.parse`, and
 * {@link locateJsonError} finds where a record that does not parse goes wrong.
 */

/** Where a record was found. */
export type JsonOrigin = 'array' | 'value' | 'records' | 'root' | 'line';

/** Keys of a top-level object whose array holds the records. */
const containerKeys: Readonly<Record<string, 'value' | 'records'>> = {
  value: 'value',
  Value: 'value',
  records: 'records',
  Records: 'records',
};

/** How the top level of the text turned out. */
export type JsonLayout = 'array' | 'object' | 'lines' | 'empty';

/**
 * A structural mistake: where it is (0-based offset, 1-based line and column, or 0 past the
 * first {@link LINE_LIMIT} characters, where lines are no longer counted), in which record
 * (1-based), and what was seen.
 */
export class JsonStructureError extends Error {
  constructor(
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    /** A short, one-line excerpt around the mistake. */
    readonly near: string,
    /** True when the text ended before the JSON closed. */
    readonly truncated = false,
    readonly record = 0,
  ) {
    super(`JSON structure error at line ${line}, column ${column}`);
    this.name = 'JsonStructureError';
  }
}

/**
 * Lines are counted for messages over the first 32 M characters only: a pretty-printed export has
 * a line end every 30 characters, and counting them all costs a tenth of the reading. Past that,
 * a mistake is placed by its record (and nobody opens a gigabyte file at a line number).
 */
export const LINE_LIMIT = 32 * 1024 * 1024;

/** What the splitter hands over. */
export interface JsonSplitHandler {
  /** One record, parsed; `line` is the 1-based line where it starts. */
  value(value: unknown, origin: JsonOrigin, line: number): void;
  /** A member of the top-level object that holds the records array (`@odata.nextLink`…). */
  member(key: string, value: unknown): void;
}

/** The largest single value kept while scanning (a record, or a member of the envelope). */
export const MAX_VALUE_CHARS = 64 * 1024 * 1024;

/** Past this length a value counted by braces is scanned exactly (real records are ~10 KB). */
const BRACES_LIMIT = 1024 * 1024;

/** Where the scanner is in the text's top level (plain numbers: the scanner's hot loop reads them). */
const Phase = {
  Start: 0,
  Items: 1,
  Capture: 2,
  Members: 3,
  Key: 4,
  Colon: 5,
  MemberValue: 6,
  After: 7,
} as const;
type Phase = (typeof Phase)[keyof typeof Phase];

/** What the value being captured is. */
const Target = { Item: 0, Member: 1, Line: 2 } as const;
type Target = (typeof Target)[keyof typeof Target];

/**
 * How a captured value's end is found. `Braces`: an object, whose end is where as many `}` as
 * `{` have been seen, strings ignored; fast (two `indexOf` per brace), and checked by
 * `JSON.parse`, because a parse that succeeds from the object's first brace can only end at its
 * real end. A brace inside a string can fool the count; the parse then fails and the value is
 * scanned again `Exact`ly: string by string, escapes and all.
 */
const Mode = { Braces: 0, Exact: 1, String: 2, Literal: 3 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;

/** True for JSON whitespace (and a byte-order mark, which editors leave at the start). */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff;
}

/** One line of text around an offset, for a message: control characters and runs of space folded. */
export function excerpt(text: string, at: number, radius = 24): string {
  const from = Math.max(0, at - radius);
  const to = Math.min(text.length, at + radius);
  return (
    (from > 0 ? '…' : '') +
    text
      .slice(from, to)
      // eslint-disable-next-line no-control-regex -- folding control characters is the point
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() +
    (to < text.length ? '…' : '')
  );
}

/** Splits streamed JSON text into records. See the module comment. */
export class JsonSplitter {
  #handler: JsonSplitHandler;
  #phase: Phase = Phase.Start;
  #layout: JsonLayout = 'empty';
  /** Where the records array sits: the root array, or a member of the root object. */
  #itemsOrigin: JsonOrigin = 'array';
  /** In Items: a comma is due before the next record (or the closing bracket). */
  #afterItem = false;
  /** In Items: a comma was just read, so a record must follow. */
  #afterComma = false;
  /** In Members: same, for members. */
  #afterMember = false;
  #memberComma = false;
  /** True once a records array was found in the root object. */
  #container = false;
  /** The members of the root object read so far. */
  #root: Record<string, unknown> = {};
  #key = '';
  #keyParts: string[] = [];
  /** What the value being captured is for, how its end is found, and the scan state. */
  #target: Target = Target.Item;
  #mode: Mode = Mode.Braces;
  #depth = 0;
  #inString = false;
  #escape = false;
  #parts: string[] = [];
  #partsLength = 0;
  #startLine = 1;
  #startColumn = 1;
  /** Absolute offset of the current piece, and the line it starts on. */
  #offset = 0;
  #line = 1;
  #lastPiece = '';
  /** How far line ends of the current piece have been counted. */
  #lineFrom = 0;
  /** The absolute offset where the current line starts. */
  #lineStart = 0;
  #count = 0;

  #bracesLimit: number;
  #lineLimit: number;

  /** The options are for tests: the lengths past which values are scanned exactly, lines not counted. */
  constructor(
    handler: JsonSplitHandler,
    options: { bracesLimit?: number; lineLimit?: number } = {},
  ) {
    this.#handler = handler;
    this.#bracesLimit = options.bracesLimit ?? BRACES_LIMIT;
    this.#lineLimit = options.lineLimit ?? LINE_LIMIT;
  }

  /** How the top level turned out so far. */
  get layout(): JsonLayout {
    return this.#layout;
  }

  /** How many records were handed over. */
  get count(): number {
    return this.#count;
  }

  /** True when the root object held a records array (`value` or `records`), even an empty one. */
  get hasContainer(): boolean {
    return this.#container;
  }

  /** Scans one more piece of text. */
  push(piece: string) {
    this.#lastPiece = piece;
    this.#lineFrom = 0;
    this.#scan(piece);
    this.#lineUpTo(piece, piece.length);
    this.#offset += piece.length;
    this.#lineFrom = 0;
  }

  /**
   * Line numbers for messages: counts the line ends of the current piece up to `at`, once each.
   * Text walked again after a brace count was fooled is not the current piece: its records get
   * the line reached so far (an approximation, only in that rare case).
   */
  #lineUpTo(piece: string, at: number) {
    if (piece !== this.#lastPiece || this.#line === 0) return;
    if (this.#offset + at > this.#lineLimit) {
      this.#line = 0;
      return;
    }
    for (
      let p = piece.indexOf('\n', this.#lineFrom);
      p !== -1 && p < at;
      p = piece.indexOf('\n', p + 1)
    ) {
      this.#line++;
      this.#lineStart = this.#offset + p + 1;
    }
    if (at > this.#lineFrom) this.#lineFrom = at;
  }

  /** The 1-based column of `piece[at]` on its line (after {@link #lineUpTo} reached it). */
  #column(piece: string, at: number): number {
    if (this.#line === 0) return 0;
    if (piece !== this.#lastPiece) return columnAt(piece, at);
    return this.#offset + at - this.#lineStart + 1;
  }

  /** Ends the text; throws when it stopped inside the JSON (the records so far were handed over). */
  end() {
    // A value counted by braces that never closed may have been fooled by a brace in a string.
    while (this.#phase === Phase.Capture && this.#mode === Mode.Braces) this.#rescanExactly();
    if (this.#phase === Phase.Capture && this.#mode === Mode.Literal) {
      this.#finishCapture(this.#takeParts());
    }
    if (this.#phase === Phase.Start) {
      this.#layout = 'empty';
      return;
    }
    if (this.#phase !== Phase.After) {
      const tail = this.#lastPiece;
      throw new JsonStructureError(
        this.#offset,
        this.#line,
        this.#line ? this.#offset - this.#lineStart + 1 : 0,
        excerpt(tail, tail.length, 40),
        true,
        this.#count + 1,
      );
    }
  }

  /** Walks one piece (or the rest of a value scanned again). */
  #scan(piece: string) {
    let i = 0;
    const n = piece.length;
    let captureStart = this.#phase === Phase.Capture ? 0 : -1;
    let keyStart = this.#phase === Phase.Key ? 0 : -1;
    while (i < n) {
      switch (this.#phase) {
        case Phase.Start:
        case Phase.After: {
          const c = piece.charCodeAt(i);
          if (isSpace(c)) {
            i++;
            break;
          }
          if (this.#phase === Phase.Start) {
            if (c === OPEN_BRACKET) {
              this.#layout = 'array';
              this.#itemsOrigin = 'array';
              this.#phase = Phase.Items;
              this.#afterItem = false;
              this.#afterComma = false;
              i++;
            } else if (c === OPEN_BRACE) {
              this.#layout = 'object';
              this.#phase = Phase.Members;
              i++;
            } else throw this.#error(piece, i);
            break;
          }
          // A second top-level value: the text is JSON lines (or values one after another).
          if (c !== OPEN_BRACE && c !== OPEN_BRACKET) throw this.#error(piece, i);
          this.#layout = 'lines';
          this.#beginCapture(Target.Line, piece, i);
          captureStart = i;
          break;
        }
        case Phase.Items: {
          const c = piece.charCodeAt(i);
          if (isSpace(c)) {
            i++;
          } else if (c === COMMA && this.#afterItem) {
            this.#afterItem = false;
            this.#afterComma = true;
            i++;
          } else if (c === CLOSE_BRACKET && !this.#afterComma) {
            i++;
            if (this.#itemsOrigin === 'array') this.#phase = Phase.After;
            else {
              this.#phase = Phase.Members;
              this.#afterMember = true;
              this.#memberComma = false;
            }
          } else if (!this.#afterItem && c !== CLOSE_BRACKET && c !== COMMA) {
            this.#afterComma = false;
            this.#beginCapture(Target.Item, piece, i);
            captureStart = i;
          } else throw this.#error(piece, i);
          break;
        }
        case Phase.Members: {
          const c = piece.charCodeAt(i);
          if (isSpace(c)) {
            i++;
          } else if (c === COMMA && this.#afterMember) {
            this.#afterMember = false;
            this.#memberComma = true;
            i++;
          } else if (c === CLOSE_BRACE && !this.#memberComma) {
            i++;
            this.#closeRoot();
          } else if (c === QUOTE && !this.#afterMember) {
            this.#memberComma = false;
            this.#phase = Phase.Key;
            this.#keyParts = [];
            this.#escape = false;
            i++;
            keyStart = i;
          } else throw this.#error(piece, i);
          break;
        }
        case Phase.Key: {
          const end = this.#scanString(piece, i);
          if (end < 0) {
            this.#keyParts.push(piece.slice(keyStart));
            i = n;
            break;
          }
          this.#keyParts.push(piece.slice(keyStart, end));
          const raw = this.#keyParts.join('');
          this.#keyParts = [];
          try {
            this.#key = JSON.parse(`"${raw}"`) as string;
          } catch {
            throw this.#error(piece, end);
          }
          this.#phase = Phase.Colon;
          i = end + 1;
          break;
        }
        case Phase.Colon: {
          const c = piece.charCodeAt(i);
          if (isSpace(c)) i++;
          else if (c === COLON) {
            this.#phase = Phase.MemberValue;
            i++;
          } else throw this.#error(piece, i);
          break;
        }
        case Phase.MemberValue: {
          const c = piece.charCodeAt(i);
          if (isSpace(c)) {
            i++;
            break;
          }
          const container = containerKeys[this.#key];
          if (container && c === OPEN_BRACKET) {
            this.#container = true;
            this.#itemsOrigin = container;
            this.#phase = Phase.Items;
            this.#afterItem = false;
            this.#afterComma = false;
            i++;
          } else if (c === CLOSE_BRACE || c === COMMA || c === CLOSE_BRACKET) {
            throw this.#error(piece, i);
          } else {
            this.#beginCapture(Target.Member, piece, i);
            captureStart = i;
          }
          break;
        }
        case Phase.Capture: {
          const end = this.#scanValue(piece, i);
          if (end < 0) {
            this.#keep(piece.slice(captureStart));
            i = n;
            // Far longer than a record: a brace inside a string may be keeping the count open.
            if (this.#mode === Mode.Braces && this.#partsLength > this.#bracesLimit)
              this.#rescanExactly();
            break;
          }
          this.#keep(piece.slice(captureStart, end));
          const text = this.#takeParts();
          if (this.#mode !== Mode.Braces) {
            this.#finishCapture(text);
            i = end;
          } else {
            const parsed = tryParse(text);
            if (parsed.ok) {
              this.#handOver(parsed.value);
              i = end;
            } else {
              // The brace count was fooled (or the value is broken): scan it again exactly.
              this.#mode = Mode.Exact;
              this.#depth = 0;
              this.#inString = false;
              this.#escape = false;
              const exactEnd = this.#scanValue(text, 0);
              if (exactEnd === text.length) throw this.#syntaxError(text);
              if (exactEnd < 0) {
                // The value goes on past this point: keep it and carry on scanning exactly.
                this.#keep(text);
                i = end;
                captureStart = end;
                break;
              }
              this.#finishCapture(text.slice(0, exactEnd));
              // What followed the real end was taken for part of the value: walk it again, then
              // go on from where the piece was (whatever the walk started continues there).
              this.#scan(text.slice(exactEnd));
              i = end;
              captureStart = end;
              keyStart = end;
              break;
            }
          }
          captureStart = -1;
          break;
        }
      }
    }
  }

  /**
   * Scans the value kept so far exactly, string by string; from then on it is scanned exactly.
   * If it ended within what was kept, it is handed over and the rest is walked again.
   */
  #rescanExactly() {
    const text = this.#takeParts();
    this.#mode = Mode.Exact;
    this.#depth = 0;
    this.#inString = false;
    this.#escape = false;
    const exactEnd = this.#scanValue(text, 0);
    if (exactEnd < 0) this.#keep(text);
    else {
      this.#finishCapture(text.slice(0, exactEnd));
      this.#scan(text.slice(exactEnd));
    }
  }

  /** Starts keeping a value that begins at `piece[i]`. */
  #beginCapture(target: Target, piece: string, i: number) {
    this.#phase = Phase.Capture;
    this.#target = target;
    const c = piece.charCodeAt(i);
    this.#mode =
      c === OPEN_BRACE
        ? Mode.Braces
        : c === OPEN_BRACKET
          ? Mode.Exact
          : c === QUOTE
            ? Mode.String
            : Mode.Literal;
    this.#depth = 0;
    this.#inString = false;
    this.#escape = false;
    this.#parts = [];
    this.#partsLength = 0;
    this.#lineUpTo(piece, i);
    this.#startLine = this.#line;
    this.#startColumn = this.#column(piece, i);
  }

  /** Keeps a slice of the value being captured, within the size limit. */
  #keep(text: string) {
    if (!text) return;
    this.#partsLength += text.length;
    if (this.#partsLength > MAX_VALUE_CHARS)
      throw new JsonStructureError(this.#offset, this.#startLine, 1, '', false);
    this.#parts.push(text);
  }

  /** The captured text, joined once. */
  #takeParts(): string {
    const text = this.#parts.length === 1 ? (this.#parts[0] ?? '') : this.#parts.join('');
    this.#parts = [];
    this.#partsLength = 0;
    return text;
  }

  /** Parses a captured value that was scanned exactly, and hands it over. */
  #finishCapture(text: string) {
    const parsed = tryParse(text);
    if (!parsed.ok) throw this.#syntaxError(text);
    this.#handOver(parsed.value);
  }

  /** Hands a parsed value over and returns to the phase around it. */
  #handOver(value: unknown) {
    switch (this.#target) {
      case Target.Item:
        this.#count++;
        this.#handler.value(value, this.#itemsOrigin, this.#startLine);
        this.#phase = Phase.Items;
        this.#afterItem = true;
        break;
      case Target.Line:
        this.#count++;
        this.#handler.value(value, 'line', this.#startLine);
        this.#phase = Phase.After;
        break;
      case Target.Member:
        this.#root[this.#key] = value;
        this.#phase = Phase.Members;
        this.#afterMember = true;
        this.#memberComma = false;
        break;
    }
  }

  /** The error of a value that does not parse: where in the file, and what is there. */
  #syntaxError(text: string): JsonStructureError {
    const at = locateJsonError(text);
    const known = this.#startLine > 0;
    const lines = known ? countLines(text, at) : 0;
    return new JsonStructureError(
      this.#offset,
      known ? this.#startLine + lines : 0,
      !known ? 0 : lines ? columnAt(text, at) : this.#startColumn + at,
      excerpt(text, at),
      at >= text.length,
      this.#count + 1,
    );
  }

  /** The root object closed: its members are either an envelope or a record. */
  #closeRoot() {
    this.#phase = Phase.After;
    if (this.#container) {
      for (const [key, value] of Object.entries(this.#root)) this.#handler.member(key, value);
    } else {
      this.#count++;
      this.#handler.value(this.#root, 'root', 1);
    }
    this.#root = {};
  }

  /**
   * Scans the value being captured from `piece[i]`; returns the offset just past its end, or -1
   * when it goes on in the next piece. The scan state survives between pieces.
   */
  #scanValue(piece: string, i: number): number {
    const n = piece.length;
    switch (this.#mode) {
      case Mode.String: {
        if (!this.#inString) {
          this.#inString = true;
          i++; // the opening quote
        }
        const end = this.#scanString(piece, i);
        if (end < 0) return -1;
        this.#inString = false;
        return end + 1;
      }
      case Mode.Literal:
        // true, false, null or a number: ends at a delimiter or a space.
        while (i < n) {
          const c = piece.charCodeAt(i);
          if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || isSpace(c)) return i;
          i++;
        }
        return -1;
      case Mode.Braces: {
        let depth = this.#depth;
        let open = piece.indexOf('{', i);
        let close = piece.indexOf('}', i);
        for (;;) {
          if (open !== -1 && (close === -1 || open < close)) {
            depth++;
            open = piece.indexOf('{', open + 1);
          } else if (close !== -1) {
            depth--;
            if (depth === 0) {
              this.#depth = 0;
              return close + 1;
            }
            close = piece.indexOf('}', close + 1);
          } else {
            this.#depth = depth;
            return -1;
          }
        }
      }
    }
    let depth = this.#depth;
    while (i < n) {
      if (this.#inString) {
        const end = this.#scanString(piece, i);
        if (end < 0) {
          this.#depth = depth;
          return -1;
        }
        this.#inString = false;
        i = end + 1;
        continue;
      }
      const c = piece.charCodeAt(i);
      if (c === QUOTE) {
        this.#inString = true;
        this.#escape = false;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        depth++;
      } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) {
          this.#depth = 0;
          return i + 1;
        }
      }
      i++;
    }
    this.#depth = depth;
    return -1;
  }

  /**
   * Finds the closing quote of a string whose body starts at `piece[i]`: its offset, or -1 when
   * the string goes on in the next piece (the escape state is kept for it).
   */
  #scanString(piece: string, i: number): number {
    if (this.#escape) {
      // The previous piece ended on a backslash: this character is escaped.
      if (i >= piece.length) return -1;
      this.#escape = false;
      i++;
    }
    const from = i;
    for (;;) {
      const q = piece.indexOf('"', i);
      if (q === -1) {
        let k = 0;
        for (let p = piece.length - 1; p >= from && piece.charCodeAt(p) === BACKSLASH; p--) k++;
        this.#escape = k % 2 === 1;
        return -1;
      }
      let k = 0;
      for (let p = q - 1; p >= from && piece.charCodeAt(p) === BACKSLASH; p--) k++;
      if (k % 2 === 0) return q;
      i = q + 1;
    }
  }

  /** A structure error at `piece[i]`. */
  #error(piece: string, i: number): JsonStructureError {
    this.#lineUpTo(piece, i);
    return new JsonStructureError(
      this.#offset + i,
      this.#line,
      this.#column(piece, i),
      excerpt(piece, i),
      false,
      this.#count + 1,
    );
  }
}

/** `JSON.parse` without throwing. */
function tryParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** How many line ends come before `at`. */
export function countLines(text: string, at: number): number {
  let lines = 0;
  for (let p = text.indexOf('\n'); p !== -1 && p < at; p = text.indexOf('\n', p + 1)) lines++;
  return lines;
}

/** The 1-based column of `at` on its line. */
export function columnAt(text: string, at: number): number {
  return at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
}

/**
 * The offset of the first mistake in a JSON text that `JSON.parse` refused (engines word their
 * messages differently, and some give no position): a small strict reader walks it. Returns the
 * text's length when it ends too early.
 */
export function locateJsonError(text: string): number {
  let i = 0;
  const n = text.length;
  const space = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length;
    else throw i;
  };
  const string = () => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        i++;
        return;
      }
      if (c < 32) throw i;
      if (c === BACKSLASH) {
        const e = text[i + 1] ?? '';
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else throw i;
      } else i++;
    }
    throw n;
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!match || !match[0]) throw i;
    i += match[0].length;
  };
  // An explicit stack instead of recursion: records can nest deeply in hostile files.
  const stack: number[] = [];
  const value = () => {
    space();
    if (i >= n) throw n;
    const c = text.charCodeAt(i);
    if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      stack.push(c);
      i++;
      space();
      const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
      if (text.charCodeAt(i) === close) {
        stack.pop();
        i++;
        return true;
      }
      return false; // opened: members follow
    }
    if (c === QUOTE) string();
    else if (c === 116) literal('true');
    else if (c === 102) literal('false');
    else if (c === 110) literal('null');
    else number();
    return true;
  };
  try {
    let open = !value();
    for (;;) {
      if (open) {
        // Just inside a container: a member (objects) or a value (arrays).
        const top = stack[stack.length - 1];
        if (top === OPEN_BRACE) {
          space();
          if (text.charCodeAt(i) !== QUOTE) throw i;
          string();
          space();
          if (text.charCodeAt(i) !== COLON) throw i;
          i++;
        }
        open = !value();
        continue;
      }
      if (!stack.length) break;
      space();
      const top = stack[stack.length - 1];
      const c = text.charCodeAt(i);
      if (i >= n) throw n;
      if (c === COMMA) {
        i++;
        open = true;
        // A comma must be followed by another member or value, not by the closing bracket.
        space();
        if (text.charCodeAt(i) === CLOSE_BRACE || text.charCodeAt(i) === CLOSE_BRACKET) throw i;
        continue;
      }
      if (
        (top === OPEN_BRACE && c === CLOSE_BRACE) ||
        (top === OPEN_BRACKET && c === CLOSE_BRACKET)
      ) {
        stack.pop();
        i++;
        continue;
      }
      throw i;
    }
    space();
    return i < n ? i : n;
  } catch (at) {
    return typeof at === 'number' ? at : 0;
  }
}
