import { describe, expect, test } from 'vitest';
import {
  addVocabulary,
  markDepartment,
  prepareHtmlForIndex,
  restoreTypography,
} from '../../../src/lib/search/index-html';
import { DEPARTMENT_WORD, VOCABULARY_MARK } from '../../../src/lib/search/vocabulary';

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

describe('addVocabulary', () => {
  const page =
    '<main data-pagefind-body><h1>Title</h1><div><h2 id="break-glass">Emergency</h2>' +
    '<a href="#break-glass"></a></div><p>Text</p><h3 id="other">Other</h3><p>More</p></main>';

  test('adds the page words as searchable metadata, inside the indexed element', () => {
    const out = addVocabulary(page, { words: ['trip', 'hotel & wifi'], sections: {} }, 2);
    expect(out).toMatch(
      /^<main data-pagefind-body><span hidden data-pagefind-meta="vocab:trip, hotel &amp; wifi"><\/span><h1>/,
    );
  });

  test('adds section words right after their heading, weighted and marked', () => {
    const out = addVocabulary(
      page,
      { words: [], sections: { 'break-glass': ['never locked out', 'backup admin'] } },
      3,
    );
    expect(out).toContain(
      '<h2 id="break-glass">Emergency</h2><p data-pagefind-weight="3">never\u2063 locked\u2063 out\u2063 backup\u2063 admin\u2063</p><a href',
    );
    expect(out).not.toContain('data-pagefind-meta');
  });

  test('fails on a section the page lacks, and on a page search does not index', () => {
    expect(() => addVocabulary(page, { words: [], sections: { gone: ['x'] } }, 2)).toThrow(/#gone/);
    expect(() =>
      addVocabulary('<main><h1>x</h1></main>', { words: ['a'], sections: {} }, 2),
    ).toThrow(/kept out of search/);
  });
});

describe('markDepartment', () => {
  const word = `${DEPARTMENT_WORD}${VOCABULARY_MARK}`;

  test('follows each "IT" of the indexed text with the department word, marked', () => {
    expect(
      markDepartment('<main data-pagefind-body><p>Ask IT, or IT-managed kit. It is it.</p></main>'),
    ).toBe(
      `<main data-pagefind-body><p>Ask IT ${word}, or IT ${word}-managed kit. It is it.</p></main>`,
    );
  });

  test('keeps headings, tags, attributes and what is outside the body as they are', () => {
    const html =
      '<title>IT</title><main data-pagefind-body><h2 id="call-it">When to call <em>IT</em></h2>' +
      '<p title="IT">text</p><h3>Other</h3></main>';
    expect(markDepartment(html)).toBe(
      '<title>IT</title><main data-pagefind-body><h2 id="call-it">When to call <em>IT</em></h2>' +
        `<span>${word}</span><p title="IT">text</p><h3>Other</h3></main>`,
    );
  });

  test('leaves a page without an indexed body alone', () => {
    expect(markDepartment('<main><p>IT</p></main>')).toBe('<main><p>IT</p></main>');
  });
});
