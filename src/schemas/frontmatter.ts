import { z } from 'astro/zod';
import {
  MAX_PHRASE_LENGTH,
  MAX_PHRASE_WORDS,
  PHRASE,
  repeatedPhrases,
  splitPhrases,
} from '../lib/search/vocabulary.ts';

/** What a page is for; drives search filters, structured data and the page's badge. */
export const pageKinds = ['overview', 'cause', 'fix', 'faq', 'reference', 'tool'] as const;

/** One source a page relies on. Microsoft Learn comes first in every list. */
export const sourceSchema = z.object({
  /** The source's title as the reader will see it in the list. */
  title: z.string().min(3).describe('Title of the source, as printed under the page'),
  /** An absolute https URL; pages never cite a source they cannot link. */
  url: z.url({ protocol: /^https$/ }).describe('Absolute https address of the source'),
});

/**
 * A comma-separated list of what readers type (`trasferta, viaggio di lavoro, wifi dell’albergo`),
 * read into phrases: between `min` and `max` of them, each a few words, none repeated.
 */
function phraseList(what: string, min: number, max: number) {
  return z
    .string()
    .transform(splitPhrases)
    .pipe(
      z
        .array(
          z
            .string()
            .max(MAX_PHRASE_LENGTH, `${what}: keep each phrase to ${MAX_PHRASE_LENGTH} characters`)
            .regex(
              PHRASE,
              `${what}: letters, digits, spaces, ' ’ . _ - / + & only (commas separate)`,
            )
            .refine(
              (p) => p.split(' ').length <= MAX_PHRASE_WORDS,
              `${what}: a phrase is what someone types, at most ${MAX_PHRASE_WORDS} words`,
            ),
        )
        .min(min, `${what}: write at least ${min} phrases`)
        .max(max, `${what}: at most ${max} phrases, the words readers really use`)
        .refine((list) => repeatedPhrases(list).length === 0, `${what}: a phrase is repeated`),
    );
}

/**
 * The page's search vocabulary (`lib/search/vocabulary.ts`): the words readers use for the page
 * that its text does not carry. Indexed by search only, never shown on the page.
 */
export const vocabularySchema = z
  .object({
    words: phraseList('vocabulary.words', 3, 40).describe(
      'Comma-separated phrases people type for this page: synonyms, the other language’s terms, misspelt product names',
    ),
    sections: z
      .record(
        z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'vocabulary.sections: a heading id'),
        phraseList('vocabulary.sections', 1, 15),
      )
      .default({})
      .describe('Phrases that one section answers, by the id of its heading'),
  })
  .strict()
  .describe(
    'Words readers search with for this page; search indexes them, the page never shows them',
  );

/**
 * Fields every page of this knowledge base adds to Starlight's frontmatter.
 * Help desks and search depend on them, so none is free-form.
 */
export const frontmatterSchema = z.object({
  /** Required (Starlight's is optional): search snippets, meta description and Open Graph use it. */
  description: z
    .string()
    .min(50, 'description: write at least 50 characters that tell the reader what they get')
    .max(200, 'description: keep it under 200 characters, search engines cut the rest')
    .describe('One or two plain sentences: what the reader gets from this page'),
  /** The page's role in the site. */
  kind: z.enum(pageKinds).describe('overview | cause | fix | faq | reference | tool'),
  /** The day a person last checked every claim on the page against its sources. */
  reviewed: z.coerce.date().describe('Date of the last review against the sources (YYYY-MM-DD)'),
  /** What the page's claims rest on; at least one, Microsoft Learn first. */
  sources: z.array(sourceSchema).min(1, 'sources: every page lists at least one source'),
  /** Error codes the page covers, digits only (no AADSTS prefix). */
  codes: z
    .array(z.string().regex(/^\d{5,7}$/, 'codes: digits only, for example "53003"'))
    .default([])
    .describe('Error codes this page covers, without the AADSTS prefix'),
  /**
   * What readers type for this page. Every page search indexes has one, and pages kept out of
   * search (`pagefind: false`) have none: `tests/unit/search/vocabulary.test.ts` checks both.
   */
  vocabulary: vocabularySchema.optional(),
});

export type PageFrontmatter = z.infer<typeof frontmatterSchema>;
