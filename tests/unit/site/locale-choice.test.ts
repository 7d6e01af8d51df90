import { describe, expect, test } from 'vitest';
import { chooseLocale } from '../../../src/lib/site/locale-choice';

describe('chooseLocale', () => {
  test.each([
    [['it-IT', 'en-US'], 'it'],
    [['it'], 'it'],
    [['IT-ch'], 'it'],
    [['en-GB', 'it'], 'en'],
    [['de-DE', 'it-IT'], 'it'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
    [['item'], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(chooseLocale(preferred)).toBe(expected);
  });
});
