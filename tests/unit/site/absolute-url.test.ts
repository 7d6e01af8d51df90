import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../../src/lib/site/absolute-url';

describe('absoluteUrl', () => {
  test.each([
    [
      '/it/causes/location/#what-you-can-try',
      'https://kb.example.com',
      'https://kb.example.com/it/causes/location/#what-you-can-try',
    ],
    [
      '/en/checker/#details=x&vpn=yes',
      'https://kb.example.com/',
      'https://kb.example.com/en/checker/#details=x&vpn=yes',
    ],
    ['https://learn.microsoft.com/x', 'https://kb.example.com', 'https://learn.microsoft.com/x'],
  ])('%s on %s', (path, site, expected) => {
    expect(absoluteUrl(path, site)).toBe(expected);
  });

  test('a site served under a sub-path keeps it only for relative paths', () => {
    expect(absoluteUrl('/it/', 'https://example.org/kb')).toBe('https://example.org/it/');
  });
});
