import { describe, expect, test } from 'vitest';
import { isSearchKind, searchKindOf } from '../../../src/lib/search/kinds';

describe('searchKindOf', () => {
  test.each([
    ['codes/53004', 'reference', 'code'],
    ['codes', 'reference', 'reference'],
    ['details', 'reference', 'reference'],
    ['causes/location', 'cause', 'cause'],
    ['fix/admin', 'fix', 'fix'],
    ['faq', 'faq', 'faq'],
    ['', 'overview', undefined],
    ['checker', 'tool', undefined],
  ] as const)('%s (%s) → %s', (slug, kind, expected) => {
    expect(searchKindOf(slug, kind)).toBe(expected);
  });

  test('isSearchKind accepts only the filter groups', () => {
    expect(isSearchKind('code')).toBe(true);
    expect(isSearchKind('tool')).toBe(false);
    expect(isSearchKind(null)).toBe(false);
  });
});
