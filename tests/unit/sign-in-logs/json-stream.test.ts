import { describe, expect, test } from 'vitest';
import { JsonSplitter, locateJsonError } from '../../../src/lib/sign-in-logs/json-stream';

/** Splits `text` pushed in pieces of `size`, returning what came out. */
function split(text: string, size: number, bracesLimit?: number) {
  const values: unknown[] = [];
  const origins: string[] = [];
  const members: Record<string, unknown> = {};
  const splitter = new JsonSplitter(
    {
      value: (value, origin) => {
        values.push(value);
        origins.push(origin);
      },
      member: (key, value) => {
        members[key] = value;
      },
    },
    bracesLimit === undefined ? {} : { bracesLimit },
  );
  for (let i = 0; i < text.length; i += size) splitter.push(text.slice(i, i + size));
  splitter.end();
  return { values, origins, members, layout: splitter.layout };
}

/** Records whose strings hold everything that could fool a scanner. */
const tricky = [
  { id: 'a{', s: 'x"y', t: '}}}', u: 'back\\slash\\', v: [1, { w: '[' }] },
  { id: 'b}', s: '\\"', t: '{"not": "an object"}', n: -1.5e3, z: null, q: true },
  { id: 'c', nested: { deep: { deeper: ['}', '{', ']', '['] } }, e: '\u00e0\u00e8\u00ec' },
];

describe('the JSON splitter', () => {
  test.each([1, 2, 3, 7, 64, 100_000])(
    'a pretty array read in pieces of %i gives every record',
    (size) => {
      const text = JSON.stringify(tricky, null, 2);
      expect(split(text, size)).toMatchObject({ values: tricky, layout: 'array' });
    },
  );

  test.each([1, 5, 13])('the brace count, fooled, is corrected (pieces of %i)', (size) => {
    // A short limit forces the exact scan on values the brace count keeps open.
    const text = JSON.stringify(tricky);
    expect(split(text, size, 8).values).toEqual(tricky);
  });

  test.each([1, 4, 50])('a Graph page: records from "value", the rest kept (%i)', (size) => {
    const text = JSON.stringify({
      '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
      value: tricky,
      '@odata.nextLink': 'https://graph.microsoft.com/beta/auditLogs/signIns?$skiptoken=x',
    });
    const out = split(text, size);
    expect(out.values).toEqual(tricky);
    expect(new Set(out.origins)).toEqual(new Set(['value']));
    expect(Object.keys(out.members)).toEqual(['@odata.context', '@odata.nextLink']);
  });

  test('an Event Hub message: records from "records"', () => {
    const out = split(JSON.stringify({ records: tricky }), 9);
    expect(out.values).toEqual(tricky);
    expect(out.origins[0]).toBe('records');
  });

  test.each(['\n', '\r\n', ''])('JSON lines (line end %j) are read one by one', (eol) => {
    const text = tricky.map((r) => JSON.stringify(r)).join(eol) + eol;
    const out = split(text, 11);
    expect(out.values).toEqual(tricky);
    expect(out.layout).toBe('lines');
    expect(out.origins).toEqual(['root', 'line', 'line']);
  });

  test('a lone object is one record', () => {
    expect(split(JSON.stringify(tricky[0]), 3)).toMatchObject({
      values: [tricky[0]],
      layout: 'object',
    });
  });

  test.each([
    ['[{"a":1},]', 10],
    ['[{"a":1} {"b":2}]', 10],
    ['{"a":1,}', 8],
    ['x[]', 1],
  ])('%j is refused where it goes wrong', (text, column) => {
    expect(() => split(text, 2)).toThrow(expect.objectContaining({ column, truncated: false }));
  });

  test('a text that stops inside a record is said to stop', () => {
    expect(() => split('[{"a": 1}, {"b": ', 4)).toThrow(
      expect.objectContaining({ truncated: true }),
    );
  });

  test('a record that does not parse gives its line and column in the file', () => {
    const text = '[\n  {"a": 1},\n  {"b": [1, 2,]}\n]';
    expect(() => split(text, 5)).toThrow(expect.objectContaining({ line: 3, column: 15 }));
  });
});

describe('locateJsonError', () => {
  test.each([
    ['{"a": [1, 2,]}', 12],
    ['{"a" 1}', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\\q"}', 8],
    ['{"a": 1', 7],
    ['[1] 2', 4],
  ])('%j goes wrong at %i', (text, at) => {
    expect(locateJsonError(text)).toBe(at);
  });
});

describe('far into a big file', () => {
  test('lines are no longer counted: a mistake is placed by its record', () => {
    const text = `[${'{"a": 1},'.repeat(50)}{"b": [1,]}]`;
    const splitter = new JsonSplitter({ value: () => {}, member: () => {} }, { lineLimit: 100 });
    expect(() => {
      splitter.push(text);
      splitter.end();
    }).toThrow(expect.objectContaining({ line: 0, column: 0, record: 51 }));
  });
});
