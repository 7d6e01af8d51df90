import { z } from 'astro/zod';

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
});

export type PageFrontmatter = z.infer<typeof frontmatterSchema>;
