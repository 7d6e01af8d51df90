import { describe, expect, test } from 'vitest';
import { prepareHtmlForIndex, restoreTypography } from '../../../src/lib/search/index-html';

describe('prepareHtmlForIndex', () => {
  test('turns inner typographic apostrophes into straight ones', () => {
    expect(prepareHtmlForIndex('<p>L’accesso dell’utente, un’app</p>')).toBe(
      "<p>L'accesso dell'utente, un'app</p>",
    );
  });

  test('leaves closing quotes and apostrophes at word edges alone', () => {
    expect(prepareHtmlForIndex('<p>‘citazione’ e po’ </p>')).toBe('<p>‘citazione’ e po’ </p>');
  });

  test('splits AADSTS from the code with a soft hyphen, in text and attributes', () => {
    expect(prepareHtmlForIndex('<p title="AADSTS530035">AADSTS53003 e aadsts50076</p>')).toBe(
      '<p title="AADSTS\u00AD530035">AADSTS\u00AD53003 e aadsts\u00AD50076</p>',
    );
  });

  test('does not touch codes without the prefix or longer words', () => {
    const html = '<p>53003 AADSTS12 XAADSTS53003</p>';
    expect(prepareHtmlForIndex(html)).toBe(html);
  });
});

describe('restoreTypography', () => {
  test('undoes both changes for display', () => {
    expect(restoreTypography(prepareHtmlForIndex('l’accesso AADSTS53003'))).toBe(
      'l’accesso AADSTS53003',
    );
  });
});
