/**
 * Builds the Pagefind search index after `astro build`, in place of Starlight's own step
 * (`pagefind: false` in the Starlight config), so that Pagefind indexes a prepared copy of each
 * page: `prepareHtmlForIndex` splits elided Italian words and AADSTS-prefixed codes, while the
 * files on disk keep their typography. Pagefind still reads `<html lang>` (one index per
 * language), `data-pagefind-body`, `-ignore`, `-filter`, `-meta` and `-weight` from the markup.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles, urlOf } from '../lib/build/dist-files';
import { prepareHtmlForIndex } from '../lib/search/index-html';

/**
 * Pagefind splits each language's word index into chunks and a search downloads only the chunks
 * that hold its words. The default target (20,000 word positions) makes ~30 KB chunks for this
 * site, a third of the 100 KB budget of a first search for one word; 1,000 makes
 * 1–2 KB ones.
 * Pagefind reads it from the environment (marked unstable in 1.6): if it ever disappears, chunks
 * grow back and the first-search byte test says so.
 */
const INDEX_CHUNK_SIZE = '1000';

/**
 * What Pagefind writes and we never load: its ready-made interfaces (our own search is a few KB)
 * and its web worker (the client runs Pagefind with `noWorker`, so no worker-src is needed).
 */
const UNUSED_BUNDLES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length)
    throw new Error(`Pagefind ${step} failed: ${response.errors.join('; ')}`);
  return response;
}

/** The Astro integration: index `dist/` into `dist/pagefind/` once the build is done. */
export function searchIndex(): AstroIntegration {
  return {
    name: 'kb:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        try {
          const { index } = check(await pagefind.createIndex({}), 'createIndex');
          if (!index) throw new Error('Pagefind returned no index.');
          const files = htmlFiles(root);
          for (const file of files) {
            const content = prepareHtmlForIndex(await readFile(join(root, file), 'utf8'));
            // The address Pagefind returns for the page: `it/faq/index.html` → `/it/faq/`.
            check(await index.addHTMLFile({ url: urlOf(file), content }), `indexing ${file}`);
          }
          const output = join(root, 'pagefind');
          check(await index.writeFiles({ outputPath: output }), 'writeFiles');
          await Promise.all(UNUSED_BUNDLES.map((f) => rm(join(output, f), { force: true })));
          logger.info(
            `Indexed ${files.length} HTML files in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
