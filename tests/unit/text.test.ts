import { describe, expect, test } from 'vitest';
import { fill, translator, withoutPrefix } from '../../src/lib/text';

describe('fill', () => {
  test.each<[string, Record<string, string | number>, string]>([
    ['{count} of {total} ({x})', { count: 1, total: '2' }, '1 of 2 ({x})'],
    ['{a}{a}', { a: 'é' }, 'éé'],
    ['no placeholder', { a: 1 }, 'no placeholder'],
    // Only the values given count: an inherited name such as `constructor` stays as written.
    ['{constructor} {toString}', {}, '{constructor} {toString}'],
    ['{0}', { 0: 'zero' }, 'zero'],
  ])('%s', (template, params, out) => {
    expect(fill(template, params)).toBe(out);
  });
});

describe('translator', () => {
  const t = translator({ greet: 'Ciao {name}', plain: 'Testo' });
  test('looks a key up and fills it', () => {
    expect(t('greet', { name: 'Ada' })).toBe('Ciao Ada');
    expect(t('plain')).toBe('Testo');
  });
  test('a missing key shows itself, so that a test can catch it', () => {
    expect(t('missing.key')).toBe('missing.key');
  });
});

test('withoutPrefix reads a tool’s group of keys under their short names', () => {
  const all: Record<string, string> = { 'tool.a': 'A', 'tool.b.c': 'BC', 'other.a': 'X' };
  expect(withoutPrefix('tool.', ['tool.a', 'tool.b.c'] as const, (key) => all[key] ?? '')).toEqual({
    a: 'A',
    'b.c': 'BC',
  });
});
