import { describe, expect, test } from 'vitest';
import { countText, pluralCategory } from '../../../src/lib/sign-in-logs/plural';

const strings = {
  'read.one': 'Letto {count} accesso da {files}.',
  'read.other': 'Letti {count} accessi da {files}.',
  'en.one': 'Read {count} sign-in.',
  'en.other': 'Read {count} sign-ins.',
};

describe('counts in words', () => {
  test.each([
    ['it', 1, 'Letto 1 accesso da 2 file.'],
    ['it', 0, 'Letti 0 accessi da 2 file.'],
    ['it', 2, 'Letti 2 accessi da 2 file.'],
    ['it', 250000, 'Letti 250.000 accessi da 2 file.'],
    // Italian's "many" (a million) has no template of its own: "other" is used.
    ['it', 1000000, 'Letti 1.000.000 accessi da 2 file.'],
  ])('%s %i', (locale, count, text) => {
    expect(countText(strings, 'read', locale, count, { files: '2 file' })).toBe(text);
  });

  test.each([
    [1, 'Read 1 sign-in.'],
    [2, 'Read 2 sign-ins.'],
    [100000, 'Read 100,000 sign-ins.'],
  ])('en %i', (count, text) => {
    expect(countText(strings, 'en', 'en', count)).toBe(text);
  });

  test('the categories come from Intl.PluralRules', () => {
    expect(pluralCategory('it', 1)).toBe('one');
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 0)).toBe('other');
  });
});
