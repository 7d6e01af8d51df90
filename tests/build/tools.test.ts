import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeKeys } from '../../config/locales';
import { siteUrl } from '../../config/site';
import { messageKeys } from '../../src/lib/what-if/messages';
import { builtFile, builtJson } from './dist';

/**
 * The tools' pages point to their strings and data, built per language as static files, instead
 * of carrying them in the page's HTML (which must paint after one round trip). Read from dist/;
 * that each element fetches its file once, by a plain GET, is a browser test (tests/e2e).
 */
const strings = (locale: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${locale}.json`, 'utf8')) as Record<string, string>;

const tools = [
  { element: 'kb-checker', page: 'checker', data: 'checker', key: 'checker.submit', short: false },
  {
    element: 'kb-sign-in-logs',
    page: 'tools/sign-in-logs',
    data: 'sign-in-logs',
    key: 'signinLogs.paste.submit',
    short: true,
  },
  {
    element: 'kb-what-if',
    page: 'tools/what-if',
    data: 'what-if',
    key: 'whatIf.evaluate',
    short: true,
  },
] as const;

describe.each(localeKeys)('in %s', (locale) => {
  test.each(tools)('$element points to its data file', ({ element, page, data, key, short }) => {
    const src = `/data/${data}-${locale}.json`;
    const html = builtFile(`/${locale}/${page}/index.html`).toString('utf8');
    expect(html).not.toMatch(/<script[^>]*application\/json/);
    expect(html).toMatch(new RegExp(`<${element} [^>]*data-src="${src}"`));
    expect(html).toContain(`<link rel="preload" as="fetch" crossorigin href="${src}">`);
    const file = builtJson(src) as { locale: string; strings: Record<string, string> };
    expect(file.locale).toBe(locale);
    const name = short ? key.slice(key.indexOf('.') + 1) : key;
    expect(file.strings[name]).toBe(strings(locale)[key]);
  });

  test('the sign-in log reader hands out the checker’s absolute address', () => {
    const file = builtJson(`/data/sign-in-logs-${locale}.json`) as { checkerUrl: string };
    expect(file.checkerUrl).toBe(new URL(`/${locale}/checker/`, siteUrl).href);
    expect(file.checkerUrl).toMatch(/^https?:\/\//);
  });

  test('What If’s sentences are a file of their own, named by its strings', () => {
    const file = builtJson(`/data/what-if-${locale}.json`) as { messages: string };
    expect(file.messages).toBe(`/data/what-if-messages-${locale}.json`);
    const messages = builtJson(file.messages) as Record<string, string>;
    expect(Object.keys(messages).sort()).toEqual([...messageKeys].sort());
    expect(messages['verdict.block']).toBe(strings(locale)['whatIf.engine.verdict.block']);
  });
});
