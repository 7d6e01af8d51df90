import { describe, expect, test } from 'vitest';
import { findMatches, fold } from '../../../src/lib/search/highlight';

/** The matched substrings, for readable expectations. */
function matched(text: string, terms: string[]): string[] {
  return findMatches(text, terms).map(([a, b]) => text.slice(a, b));
}

describe('fold', () => {
  test('lower case without accents, same length', () => {
    const text = 'Perché È così';
    expect(fold(text)).toBe('perche e cosi');
    expect(fold(text)).toHaveLength(text.length);
  });
});

describe('findMatches', () => {
  test('finds an elided word after the typographic apostrophe', () => {
    expect(matched('Blocca l’accesso dell’utente.', ['accesso', 'utente'])).toEqual([
      'accesso',
      'utente',
    ]);
  });

  test('matches word starts, ignoring case and accents', () => {
    expect(matched('La VPN e le vpnclient; UNA SVPN', ['vpn'])).toEqual(['VPN', 'vpnclient']);
    expect(matched('Perché succede', ['perche'])).toEqual(['Perché']);
  });

  test('a long term matches its other endings, as the stemmer would', () => {
    expect(matched('dispositivi e dispositivo, disposizione', ['dispositivo'])).toEqual([
      'dispositivi',
      'dispositivo',
    ]);
  });

  test('a code matches inside its AADSTS form but not a longer code', () => {
    expect(matched('AADSTS53003, 53003 e 530035', ['53003'])).toEqual(['AADSTS53003', '53003']);
  });

  test('ignores one-letter terms and returns nothing without terms', () => {
    expect(findMatches('a b c', ['a'])).toEqual([]);
    expect(findMatches('text', [])).toEqual([]);
  });
});
