import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { ranking } from '../../src/lib/search/ranking';
import { vocabularySchema } from '../../src/schemas/frontmatter';
import { loadPagefind, topResults } from '../../scripts/lib/search-node.mjs';
import { DEPARTMENT_WORD, VOCABULARY_FILE, VOCABULARY_MARK } from '../../src/lib/search/vocabulary';
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
    // Each section word is followed by the mark that keeps it out of excerpts, and in English
    // each "IT" by the department word (`markDepartment`).
    const content = fragment.content
      .replaceAll(` ${DEPARTMENT_WORD}${VOCABULARY_MARK}`, '')
      .replaceAll(VOCABULARY_MARK, '')
      .toLowerCase();
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

describe('"IT" in capitals is the department, in English', () => {
  test('the English pages that say "IT" carry the department word in the index, no Italian page', () => {
    const holding = fragments()
      .filter((f) => f.content.includes(DEPARTMENT_WORD))
      .map((f) => f.url);
    expect(holding.filter((url) => !url.startsWith('/en/'))).toEqual([]);
    expect(holding).toEqual(expect.arrayContaining(['/en/fix/user/', '/en/faq/', '/en/checker/']));
  });

  test('"message to IT" finds where to write to IT, with that section', async () => {
    const api = await loadPagefind(`${distDir}/`, 'en');
    await api.options({ ranking });
    const top = await topResults(api, 'message to IT', 'en');
    const sections = top.flatMap((r) => r.sections.map((id) => `${r.path}#${id}`));
    expect(sections).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^\/en\/(fix\/user\/#what-to-send|faq\/#what-to-send|checker\/#write-to-it)$/,
        ),
      ]),
    );
  });
});

describe('the words the help desk and admins search with find the replies and the tools', () => {
  // The built index, searched in Node through the same steps as the interface.
  const cases = {
    it: [
      ['modello', '/it/fix/helpdesk/replies/'],
      ['risposta', '/it/fix/helpdesk/replies/'],
      ['template', '/it/fix/helpdesk/replies/'],
      ['log', '/it/tools/sign-in-logs/'],
      ['criterio', '/it/tools/what-if/'],
      ['criteri', '/it/tools/what-if/'],
    ],
    en: [
      ['template', '/en/fix/helpdesk/replies/'],
      ['reply', '/en/fix/helpdesk/replies/'],
      ['log', '/en/tools/sign-in-logs/'],
      ['logs', '/en/tools/sign-in-logs/'],
      ['policy', '/en/tools/what-if/'],
      ['policies', '/en/tools/what-if/'],
    ],
  } as const;
  for (const lang of ['it', 'en'] as const)
    test(`${lang}: each in the top 3`, async () => {
      const api = await loadPagefind(`${distDir}/`, lang);
      await api.options({ ranking });
      const wrong: string[] = [];
      for (const [query, page] of cases[lang]) {
        const top = (await topResults(api, query, lang)).map((r) => r.path);
        if (!top.includes(page)) wrong.push(`"${query}" wants ${page}, got ${top.join(', ')}`);
      }
      expect(wrong).toEqual([]);
    });
});

describe('whoever types a neighbouring code gets the page of that code first', () => {
  // Every code page, searched by its number alone, with its prefix, and inside a question.
  const codePages = (lang: 'it' | 'en') =>
    builtPages()
      .map((p) => /^\/(it|en)\/codes\/(\d{5,7})\/$/.exec(p.path))
      .filter((m): m is RegExpExecArray => m?.[1] === lang)
      .map((m) => m[2] ?? '');
  const questions = {
    it: (code: string) => [code, `AADSTS${code}`, `codice ${code} cosa vuol dire`],
    en: (code: string) => [code, `AADSTS${code}`, `what does ${code} mean`],
  };
  for (const lang of ['it', 'en'] as const)
    test(`${lang}: first for each code page`, async () => {
      const codes = codePages(lang);
      expect(codes.length).toBeGreaterThanOrEqual(15);
      const api = await loadPagefind(`${distDir}/`, lang);
      await api.options({ ranking });
      const wrong: string[] = [];
      for (const code of codes)
        for (const query of questions[lang](code)) {
          const [first] = await topResults(api, query, lang, 1);
          if (first?.path !== `/${lang}/codes/${code}/`) wrong.push(`"${query}" → ${first?.path}`);
        }
      expect(wrong).toEqual([]);
    });
});
