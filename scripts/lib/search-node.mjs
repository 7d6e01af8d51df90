/**
 * The built site's search in Node, without a browser: Pagefind's browser bundle loaded from
 * `dist/`, one instance per language, and a query run through the same steps as the interface
 * (`rankPages`, then `toResultView` for the sections). `scripts/tune-search.mjs` tunes with it;
 * `tests/build/search.test.ts` checks words with it.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { pageData, rankPages } from '../../src/lib/search/run.ts';
import { toResultView } from '../../src/lib/search/results.ts';

let current = 'it';

/**
 * One Pagefind instance for `language`, reading its files from `dist` (a folder path ending in
 * `/`). Load languages one after the other: Pagefind reads `<html lang>` when it initialises.
 * @param {string} dist
 * @param {string} language
 * @param {string | number} [instance]  another value gives another, fresh instance (nothing
 *   loaded yet, as in a page just opened)
 */
export async function loadPagefind(dist, language, instance) {
  globalThis.fetch = async (input) => {
    const path = decodeURIComponent(new URL(String(input), 'http://site/').pathname);
    return new Response(await readFile(`${dist}${path.slice(1)}`));
  };
  globalThis.document = /** @type {any} */ ({
    currentScript: null,
    querySelector: () => ({ getAttribute: () => current }),
  });
  current = language;
  // A distinct module URL is a distinct module, so each language keeps its own instance.
  const url = pathToFileURL(`${dist}pagefind/pagefind.js`);
  url.search = `?lang=${language}${instance === undefined ? '' : `&instance=${instance}`}`;
  const api = await import(url.href);
  await api.options({ basePath: '/pagefind/', excerptLength: 22 });
  await api.init();
  return api;
}

/**
 * The first `count` results of a query, each as its path and the ids of its section links.
 * @param {any} api  a Pagefind instance from `loadPagefind`, its ranking already set
 * @param {string} query
 * @param {'it' | 'en'} lang
 * @param {Record<string, number>} [queryParams]  `queryRanking` values to try (tuning)
 */
export async function topResults(api, query, lang, count = 3, queryParams) {
  const { hits, terms } = await rankPages(
    (t, o) => api.search(t, o),
    query,
    lang,
    undefined,
    queryParams,
  );
  const data = await Promise.all(hits.slice(0, count).map(pageData));
  return data.map((d) => {
    const view = toResultView(d, terms);
    return {
      path: new URL(view.url, 'http://site').pathname,
      sections: view.sections.map((s) => new URL(s.url, 'http://site').hash.slice(1)),
    };
  });
}
