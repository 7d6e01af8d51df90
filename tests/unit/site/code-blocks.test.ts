import { describe, expect, test } from 'vitest';
import { absolutePaths, withCopyButton } from '../../../src/lib/site/code-blocks';

const site = 'https://kb.example.com';
const locales = ['it', 'en'];

describe('site paths in code blocks become full addresses', () => {
  test.each([
    [
      'Istruzioni: /it/causes/location/#what-you-can-try',
      'Istruzioni: https://kb.example.com/it/causes/location/#what-you-can-try',
    ],
    [
      'Details: /en/fix/user/#quick-tries and /en/causes/client-app/#what-you-can-try',
      'Details: https://kb.example.com/en/fix/user/#quick-tries and https://kb.example.com/en/causes/client-app/#what-you-can-try',
    ],
    // A path alone on an indented line.
    [
      '   /it/fix/user/#register-device\n',
      '   https://kb.example.com/it/fix/user/#register-device\n',
    ],
    // The sentence's stop and bracket stay outside the address.
    ['(see /en/faq/).', '(see https://kb.example.com/en/faq/).'],
    ['«/it/faq/», poi', '«https://kb.example.com/it/faq/», poi'],
    // Not a site path: another language, an absolute address, a file path, a fraction.
    ['/de/causes/', '/de/causes/'],
    ['https://learn.microsoft.com/en-us/entra/', 'https://learn.microsoft.com/en-us/entra/'],
    ['C:/en/file.txt and ./it/x', 'C:/en/file.txt and ./it/x'],
    ['1/it/2', '1/it/2'],
    ['SigninLogs | where ResultType == "53003"', 'SigninLogs | where ResultType == "53003"'],
  ])('%j', (text, expected) => {
    expect(absolutePaths(text, site, locales)).toBe(expected);
  });

  test('the site’s own address, trailing slash or not', () => {
    expect(absolutePaths('/it/', 'https://kb.example.com/', locales)).toBe(
      'https://kb.example.com/it/',
    );
  });
});

describe('each code block gets its copy button in the HTML', () => {
  test('the block is wrapped, the button follows it, labelled in the page’s language', () => {
    const pre = { type: 'element', tagName: 'pre', children: [{ type: 'text', value: 'x' }] };
    expect(withCopyButton(pre, 'Copia')).toEqual({
      type: 'element',
      tagName: 'div',
      properties: { className: ['kb-copy-wrap'] },
      children: [
        pre,
        {
          type: 'element',
          tagName: 'button',
          properties: { type: 'button', className: ['kb-copy'] },
          children: [{ type: 'text', value: 'Copia' }],
        },
      ],
    });
  });
});
