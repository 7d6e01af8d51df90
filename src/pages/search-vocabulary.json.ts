/**
 * `/search-vocabulary.json`, for the build only: every page's search vocabulary (its
 * `vocabulary` frontmatter, schema-checked) by the address Pagefind gives the page. The search
 * index integration (`src/integrations/search-index.ts`) reads it into the copies it indexes and
 * then deletes it: the deployed site never carries it.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { urlOfEntry, type PageVocabulary } from '../lib/search/vocabulary';

export const GET: APIRoute = async () => {
  const pages = await getCollection('docs');
  const byUrl: Record<string, PageVocabulary> = {};
  for (const page of pages)
    if (page.data.vocabulary) byUrl[urlOfEntry(page.id)] = page.data.vocabulary;
  return new Response(JSON.stringify(byUrl), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
