import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLocale, localeKeys } from './config/locales';
import { sidebar } from './config/sidebar';
import { searchIndex } from './src/integrations/search-index';
import { csp } from './config/csp';

/** The public address of the site: canonical URLs, hreflang alternates and the sitemap use it. */
const site = process.env.SITE_URL ?? 'https://errore53003.example.org';

export default defineConfig({
  site,
  // A <meta> Content Security Policy on every page, with a hash for each script and style Astro
  // renders: no inline code runs unless it was in the build (config/csp.ts says what else).
  security: { csp },
  markdown: {
    // No syntax colours: they would arrive as inline style attributes, which the CSP refuses.
    syntaxHighlight: false,
    // Sätteri is Astro 7's Markdown processor (GFM included). Heading attributes give every
    // heading a stable English id (`## Titolo { #wrong-password }`) that both languages share.
    processor: satteri({ features: { headingAttributes: true } }),
  },
  integrations: [
    // Our own sitemap settings (Starlight then skips its own): the root is only a language chooser,
    // so it stays out, and every page lists its Italian and English alternates.
    sitemap({
      filter: (page) => new URL(page).pathname !== '/',
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeKeys.map((key) => [key, locales[key].lang])),
      },
    }),
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
      // Plain <pre> instead of Expressive Code: no syntax colours needed for our text, queries and
      // replies, 4 KB less render-blocking CSS, and no inline style attributes under the CSP.
      expressiveCode: false,
      customCss: [
        './src/styles/content.css',
        './src/styles/components.css',
        './src/styles/print.css',
      ],
      components: {
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
        Head: './src/components/Head.astro',
        PageTitle: './src/components/PageTitle.astro',
        // Lean chrome: the same roles with less markup, CSS and inline script (see each file).
        ThemeProvider: './src/components/chrome/ThemeProvider.astro',
        ThemeSelect: './src/components/chrome/ThemeSelect.astro',
        Sidebar: './src/components/chrome/Sidebar.astro',
        MobileMenuFooter: './src/components/chrome/MobileMenuFooter.astro',
      },
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true, errorOnInconsistentLocale: true }),
      ],
    }),
    searchIndex(),
  ],
});
