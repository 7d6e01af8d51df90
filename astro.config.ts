import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLocale } from './config/locales';
import { sidebar } from './config/sidebar';
import { searchIndex } from './src/integrations/search-index';

/** The public address of the site: canonical URLs, hreflang alternates and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://errore53003.example.org';

export default defineConfig({
  site,
  markdown: {
    // Sätteri is Astro 7's Markdown processor (GFM included). Heading attributes give every
    // heading a stable English id (`## Titolo { #wrong-password }`) that both languages share.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [
    starlight({
      title: { it: 'Errore 53003', en: 'Error 53003' },
      description: 'AADSTS53003',
      locales,
      defaultLocale,
      sidebar,
      disable404Route: true,
      lastUpdated: false,
      credits: false,
      // Our integration below builds the index from a prepared copy of each page (elisions,
      // codes); the Search override loads it only when someone wants to search.
      pagefind: false,
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
      },
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true, errorOnInconsistentLocale: true }),
      ],
    }),
    searchIndex(),
  ],
});
