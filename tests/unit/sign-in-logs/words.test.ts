import { describe, expect, test } from 'vitest';
import type { FileReport } from '../../../src/lib/sign-in-logs/intake';
import {
  errorText,
  fileDetails,
  fileLabel,
  topEntries,
  warningText,
} from '../../../src/lib/sign-in-logs/words';

/** Templates shaped like the tool's strings: the logic, not the wording, is under test. */
const s = {
  'file.records.one': '{count} sign-in',
  'file.records.other': '{count} sign-ins',
  'file.duplicates.other': '{count} read before',
  'kind.interactive': 'interactive',
  'kind.non-interactive': 'non-interactive',
  'encoding.windows-1252': 'Windows-1252',
  'delimiter.semicolon': 'semicolons',
  'dates.dmy': 'day first',
  'found.object': 'an object with {names}',
  'found.csv': 'a table with {names}',
  'found.missing': 'It lacks {names}.',
  'found.json-error': 'line {line}, column {column}: {excerpt}',
  'found.json-error-record': 'record {record}: {excerpt}',
  'found.array.one': 'a list of {count} entry',
  'found.array.other': 'a list of {count} entries',
  'error.json-shape': 'No sign-ins: it holds {found}. {accepted}',
  'error.csv-columns': 'Not a log: {found}. {missing} {accepted}',
  'error.invalid-json': 'Broken JSON: {found}.',
  accepted: 'ACCEPTED',
  'files.pasted': '(pasted)',
  'files.inArchive': 'in {archive}',
  'warning.missing-fields.one': 'Lacks {fields}.',
  'warning.missing-fields.other': 'Lacks {fields}.',
  'warning.missing-some': '{name} in {count}',
  'warning.skipped.one': '{count} entry left out ({found}).',
  'warning.skipped.other': '{count} entries left out ({found}).',
};

const report: FileReport = {
  name: 'x.csv',
  container: null,
  shape: 'portal-csv',
  encoding: 'windows-1252',
  delimiter: ';',
  dateOrder: 'dmy',
  kinds: { interactive: 12000, 'non-interactive': 1 },
  count: 12001,
  duplicates: 3,
  warnings: [],
  hasPolicies: false,
  hasRuleDetails: false,
  graphVersion: null,
};

describe('what is said about a file', () => {
  test('its details, counts in the language’s digits', () => {
    expect(fileDetails(report, s, 'it')).toEqual([
      '12.001 sign-ins',
      'interactive: 12.000',
      'non-interactive: 1',
      'Windows-1252',
      'semicolons',
      'day first',
      '3 read before',
    ]);
  });

  test('a refusal names what was found and what is accepted', () => {
    expect(errorText('json-shape', { kind: 'object', names: ['error'], count: 1 }, s, 'en')).toBe(
      'No sign-ins: it holds an object with "error". ACCEPTED',
    );
    expect(
      errorText(
        'csv-columns',
        { kind: 'csv', names: ['a', 'b'], count: 9, missing: ['Request ID'] },
        s,
        'en',
      ),
    ).toBe('Not a log: a table with "a", "b", …. It lacks "Request ID". ACCEPTED');
    expect(
      errorText(
        'invalid-json',
        { kind: 'json-error', line: 64, column: 15, excerpt: '}, ]' },
        s,
        'en',
      ),
    ).toBe('Broken JSON: line 64, column 15: }, ].');
    expect(
      errorText('invalid-json', { kind: 'json-error', record: 80001, excerpt: 'x' }, s, 'en'),
    ).toBe('Broken JSON: record 80,001: x.');
  });

  test('warnings: fields missing everywhere or in some records, plurals', () => {
    expect(
      warningText(
        {
          code: 'missing-fields',
          fields: [
            { name: 'ResultType', missing: 10 },
            { name: 'Id', missing: 2 },
          ],
          records: 10,
        },
        s,
        'en',
      ),
    ).toBe('Lacks "ResultType", "Id" in 2.');
    expect(
      warningText({ code: 'skipped', count: 1, found: { kind: 'array', count: 2 } }, s, 'en'),
    ).toBe('1 entry left out (a list of 2 entries).');
  });

  test('breakdowns by sign-ins or by users', () => {
    const top = {
      distinct: 3,
      entries: [
        { key: 'IT', count: 10, users: 1 },
        { key: 'BR', count: 4, users: 4 },
        { key: 'US', count: 4, users: 2 },
      ],
    };
    expect(topEntries(top, 'sign-ins').map((e) => e.key)).toEqual(['IT', 'BR', 'US']);
    expect(topEntries(top, 'users').map((e) => e.key)).toEqual(['BR', 'US', 'IT']);
    expect(topEntries(top, 'users', 1)).toHaveLength(1);
  });
});

describe("a file's name in a list or a message", () => {
  test('its own, the archive it came from, or the pasted text', () => {
    expect(fileLabel({ name: 'a.csv', container: null }, s)).toBe('a.csv');
    expect(fileLabel({ name: 'a.csv', container: 'logs.zip' }, s)).toBe('a.csv (in logs.zip)');
    expect(fileLabel({ name: '' }, s)).toBe('(pasted)');
  });
});
