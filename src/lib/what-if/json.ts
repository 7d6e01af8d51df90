/**
 * Reading pasted JSON without surprises: a size cap checked before parsing, `JSON.parse` for
 * the work, and on failure a small scanner of our own that finds the offset, line and column of
 * the first syntax error (engines word and place that error differently). Both are linear in the
 * text and neither recurses, so a deeply nested or huge paste cannot hang or overflow the stack.
 */
import type { InputError } from './types.ts';

/** The largest JSON text accepted (characters): a big tenant's export is well below it. */
export const MAX_JSON_CHARS = 3_000_000;

/** Where the first JSON syntax error is, or `undefined` if the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  // What the scanner expects next, kept on an explicit stack instead of recursion.
  const stack: ('array' | 'object')[] = [];
  let expect: 'value' | 'after' | 'key' | 'firstKey' | 'firstValue' = 'value';
  for (;;) {
    ws();
    if (expect === 'value' || expect === 'firstValue') {
      const c = text.charAt(i);
      if (expect === 'firstValue' && c === ']') {
        i++;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (c === '{') {
        stack.push('object');
        i++;
        expect = 'firstKey';
        continue;
      }
      if (c === '[') {
        stack.push('array');
        i++;
        expect = 'firstValue';
        continue;
      }
      if (c === '"') {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
      } else {
        const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
          text.slice(i, i + 400),
        );
        if (!m) return i;
        i += m[0].length;
      }
      expect = 'after';
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (expect === 'firstKey' && text.charAt(i) === '}') {
        i++;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (text.charAt(i) !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      ws();
      if (text.charAt(i) !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    // after a value
    const top = stack[stack.length - 1];
    if (!top) return i < n ? i : undefined;
    const c = text.charAt(i);
    if (c === ',') {
      i++;
      expect = top === 'object' ? 'key' : 'value';
    } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/** Scans a string starting at its quote; returns the offset after it, or `-(offset + 1)` of an error. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -(i + 1);
    if (code === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 6;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
      else return -(i + 1);
    } else i++;
  }
  return -(text.length + 1);
}

/** Line and column (both 1-based) of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Parses JSON text; an error carries a message key and, for syntax errors, the position. */
export function readJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; error: InputError } {
  if (typeof text !== 'string') return { ok: false, error: { key: 'input.notText', params: {} } };
  if (text.length > MAX_JSON_CHARS)
    return {
      ok: false,
      error: { key: 'input.tooLarge', params: { max: MAX_JSON_CHARS, size: text.length } },
    };
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) return { ok: false, error: { key: 'input.empty', params: {} } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const offset = jsonErrorOffset(body) ?? 0;
    const shift = text.length - body.length;
    const { line, column } = lineColumn(body, offset);
    const near = body.slice(offset, offset + 20);
    return {
      ok: false,
      error: {
        key: offset >= body.length ? 'input.jsonUnexpectedEnd' : 'input.jsonSyntax',
        params: { offset: offset + shift, line, column, near },
        offset: offset + shift,
        line,
        column,
      },
    };
  }
}
