import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { vocabularySchema } from '../../src/schemas/frontmatter';
import { VOCABULARY_FILE, VOCABULARY_MARK } from '../../src/lib/search/vocabulary';
import { readAllPages } from '../unit/helpers/content';
import { builtPages, distDir } from './dist';

/**
 * The search vocabulary after the build (`src/integrations/search-index.ts`): in the index, for
 * every page that declares one, and nowhere a reader or a host can see it.
 */
interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's page fragments: gzip, a `pagefind_dcd` signature, then JSON. */
function fragments(): Fragment[] {
  const dir = join(distDir, 'pagefind/fragment');
  return readdirSync(dir).map((file) => {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
}

/** Every page's vocabulary, as its frontmatter declares it (read and checked by the schema). */
function declared(): Map<string, { words: string[]; sections: string[][] }> {
  const byUrl = new Map<string, { words: string[]; sections: string[][] }>();
  for (const page of readAllPages()) {
    if (!page.data.vocabulary) continue;
    const { words, sections } = vocabularySchema.parse(page.data.vocabulary);
    const url = `/${[page.locale, page.slug].filter(Boolean).join('/')}/`;
    byUrl.set(url, { words, sections: Object.values(sections) });
  }
  return byUrl;
}

test('every page’s vocabulary is in the index: page words as metadata, section words in the text', () => {
  const indexed = new Map(fragments().map((f) => [f.url, f]));
  const pages = declared();
  expect(pages.size).toBeGreaterThan(50);
  const missing: string[] = [];
  for (const [url, { words, sections }] of pages) {
    const fragment = indexed.get(url);
    if (!fragment) {
      missing.push(`${url}: not indexed`);
      continue;
    }
    const vocab = fragment.meta.vocab?.toLowerCase() ?? '';
    for (const word of words)
      if (!vocab.includes(word.toLowerCase())) missing.push(`${url}: page word "${word}"`);
    // Each section word is followed by the mark that keeps it out of excerpts.
    const content = fragment.content.replaceAll(VOCABULARY_MARK, '').toLowerCase();
    for (const phrases of sections)
      for (const phrase of phrases)
        if (!content.includes(phrase.toLowerCase().replace(/’/g, "'")))
          missing.push(`${url}: section phrase "${phrase}"`);
  }
  expect(missing).toEqual([]);
});

test('the vocabulary never reaches what a host serves', () => {
  expect(existsSync(join(distDir, VOCABULARY_FILE))).toBe(false);
  const marked = builtPages()
    .filter((p) => p.html.includes(VOCABULARY_MARK))
    .map((p) => p.path);
  expect(marked).toEqual([]);
});
