import { describe, expect, test } from 'vitest';
import {
  readHighlight,
  readSearchState,
  withHighlight,
  writeSearchState,
} from '../../../src/lib/search/url-state';

describe('readSearchState', () => {
  test.each([
    ['', { q: '', kind: undefined }],
    ['?q=vpn', { q: 'vpn', kind: undefined }],
    [
      '?q=dispositivo+non+registrato&kind=cause',
      { q: 'dispositivo non registrato', kind: 'cause' },
    ],
    ['?q=l%E2%80%99accesso', { q: 'l’accesso', kind: undefined }],
    ['?kind=nonsense&q=53004', { q: '53004', kind: undefined }],
  ] as const)('%s', (search, expected) => {
    expect(readSearchState(search)).toEqual(expected);
  });
});

describe('writeSearchState', () => {
  test('writes the query and the kind', () => {
    expect(writeSearchState({ q: 'teams browser', kind: 'fix' })).toBe('?q=teams+browser&kind=fix');
  });

  test('keeps other parameters and drops empty values', () => {
    expect(writeSearchState({ q: '', kind: undefined }, '?q=old&kind=faq&utm=x')).toBe('?utm=x');
  });

  test('gives an empty string for an empty search', () => {
    expect(writeSearchState({ q: '  ', kind: undefined })).toBe('');
  });

  test('round-trips through readSearchState', () => {
    const state = { q: 'l’accesso & co', kind: 'code' } as const;
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });
});

describe('withHighlight', () => {
  test('adds the terms before the anchor', () => {
    expect(withHighlight('/it/faq/#wrong-password', ['password', 'giusta'])).toBe(
      '/it/faq/?highlight=password+giusta#wrong-password',
    );
  });

  test('keeps an existing query string', () => {
    expect(withHighlight('/en/x/?a=1', ['vpn'])).toBe('/en/x/?a=1&highlight=vpn');
  });

  test('leaves the address alone without terms', () => {
    expect(withHighlight('/en/x/#y', [])).toBe('/en/x/#y');
  });
});

describe('readHighlight', () => {
  test('reads distinct terms of two characters or more', () => {
    expect(readHighlight('?highlight=vpn+a+vpn+paese')).toEqual(['vpn', 'paese']);
  });

  test('reads nothing without the parameter', () => {
    expect(readHighlight('?q=vpn')).toEqual([]);
  });
});
