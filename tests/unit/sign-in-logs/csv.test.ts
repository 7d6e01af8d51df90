import { describe, expect, test } from 'vitest';
import {
  csvCell,
  forEachCsvRow,
  parseCsv,
  sniffDelimiter,
  toCsv,
} from '../../../src/lib/sign-in-logs/csv';

describe('parseCsv (RFC 4180, read leniently)', () => {
  test.each([
    [
      'plain rows, LF',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and no final line end',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'old Mac CR line ends',
      'a,b\r1,2\r',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'a byte-order mark',
      '\ufeffa,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['quoted commas', 'a\n"Milano, Lombardia, IT"', [['a'], ['Milano, Lombardia, IT']]],
    ['doubled quotes', 'a\n"say ""hi"""', [['a'], ['say "hi"']]],
    [
      'a line break inside quotes',
      'a,b\n"one\r\ntwo",3\n',
      [
        ['a', 'b'],
        ['one\r\ntwo', '3'],
      ],
    ],
    ['empty fields', ',,\n', [['', '', '']]],
    [
      'a trailing delimiter',
      'a,b,\n1,2,',
      [
        ['a', 'b', ''],
        ['1', '2', ''],
      ],
    ],
    ['blank lines skipped', 'a\n\n\n1\r\n\r\n', [['a'], ['1']]],
    ['an empty quoted field', '"",x', [['', 'x']]],
    ['a stray quote inside an unquoted field', 'a"b,c', [['a"b', 'c']]],
    ['text after a closing quote', '"ab"c,d', [['abc', 'd']]],
    ['non-ASCII text', 'città\nSão Paulo', [['città'], ['São Paulo']]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  test('a quote left open at the end is closed there and reported', () => {
    const rows: string[][] = [];
    const info = forEachCsvRow('a,b\n1,"cut sho', (r) => rows.push(r));
    expect(rows).toEqual([
      ['a', 'b'],
      ['1', 'cut sho'],
    ]);
    expect(info.unterminatedQuote).toBe(true);
  });

  test('the delimiter is read from the header line', () => {
    expect(sniffDelimiter('a;b;c\n1,5;2;3')).toBe(';');
    expect(sniffDelimiter('"x;y",b,c\n')).toBe(',');
    expect(sniffDelimiter('a\tb\n')).toBe('\t');
    expect(sniffDelimiter('single')).toBe(',');
    expect(parseCsv('a;b\n"1;2";3')).toEqual([
      ['a', 'b'],
      ['1;2', '3'],
    ]);
  });

  test('progress reaches the end', () => {
    const calls: number[] = [];
    forEachCsvRow('a\n1\n2\n3\n', () => {}, {
      progressEvery: 2,
      onProgress: (done, total) => calls.push(done / total),
    });
    expect(calls.at(-1)).toBe(1);
    expect(calls.length).toBeGreaterThan(1);
  });
});

describe('csvCell and toCsv', () => {
  test.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+39 02 1234', "'+39 02 1234"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['\tx', "'\tx"],
    ['', ''],
  ])('%j is written %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('numbers, booleans and null', () => {
    expect(csvCell(53003)).toBe('53003');
    expect(csvCell(false)).toBe('false');
    expect(csvCell(null)).toBe('');
  });

  test('what toCsv writes, parseCsv reads back', () => {
    const rows = [
      ['Date (UTC)', 'Failure reason'],
      ['2026-11-20T08:14:52Z', 'Blocked, "really"\r\nsecond line'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
