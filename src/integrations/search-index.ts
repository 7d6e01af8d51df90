/**
 * Builds the Pagefind search index after `astro build`, in place of Starlight's own step
 * (`pagefind: false` in the Starlight config), so that Pagefind indexes a prepared copy of each
 * page: `prepareHtmlForIndex` splits elided Italian words and AADSTS-prefixed codes, and
 * `addVocabulary` adds the page's search vocabulary (its frontmatter, which the build wrote to
 * `dist/search-vocabulary.json`; the file is deleted once read), and English pages get
 * `markDepartment` ("IT" the department, not the pronoun), while the files on disk keep
 * their typography and never show the vocabulary. Pagefind still reads `<html lang>` (one index
 * per language), `data-pagefind-body`, `-ignore`, `-filter`, `-meta` and `-weight` from the markup.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { htmlFiles, urlOf } from '../lib/build/dist-files';
import { addVocabulary, markDepartment, prepareHtmlForIndex } from '../lib/search/index-html';
import { vocabularyWeights } from '../lib/search/ranking';
import { VOCABULARY_FILE, type PageVocabulary } from '../lib/search/vocabulary';

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
          const vocabularyFile = join(root, VOCABULARY_FILE);
          const vocabulary = JSON.parse(await readFile(vocabularyFile, 'utf8')) as Record<
            string,
            PageVocabulary
          >;
          await rm(vocabularyFile);
          const files = htmlFiles(root);
          for (const file of files) {
            // The address Pagefind returns for the page: `it/faq/index.html` → `/it/faq/`.
            const url = urlOf(file);
            const words = vocabulary[url];
            let content = await readFile(join(root, file), 'utf8');
            try {
              if (words) content = addVocabulary(content, words, vocabularyWeights.sectionWords);
            } catch (error) {
              throw new Error(`Search vocabulary of ${url}: ${(error as Error).message}.`, {
                cause: error,
              });
            }
            content = prepareHtmlForIndex(content);
            if (/<html\b[^>]*\slang="en\b/i.test(content)) content = markDepartment(content);
            check(await index.addHTMLFile({ url, content }), `indexing ${file}`);
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
