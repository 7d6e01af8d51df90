import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLocale, localeKeys } from './config/locales';
import { siteUrl } from './config/site';
import { sidebar } from './config/sidebar';
import { searchIndex } from './src/integrations/search-index';
import { csp } from './config/csp';
import { headingAnchors } from './src/lib/build/heading-anchors';
import { movedAnchors } from './config/moved-anchors';
import { codeBlocks } from './src/lib/site/code-blocks';
import { cspPerPage } from './src/integrations/csp-per-page';
import { criticalCss } from './src/integrations/critical-css';
import { siteAddress } from './src/integrations/site-address';
import { buildStamp } from './src/integrations/build-stamp';
import { noScriptTheme } from './src/integrations/no-script-theme';

/** One interface string in every language (src/content/i18n/*.json), by locale. */
const stringOf = (name: string) =>
  Object.fromEntries(
    localeKeys.map((key) => {
      const strings = JSON.parse(readFileSync(`./src/content/i18n/${key}.json`, 'utf8'));
      return [key, String(strings[name])];
    }),
  );
/** Each language's label for the "link to this section" anchors. */
const anchorLabels = stringOf('heading.anchorLabel');

/** Where the pages live; the Markdown plugins work out each file's locale and slug from it. */
const docsDir = fileURLToPath(new URL('./src/content/docs/', import.meta.url));

export default defineConfig({
  // The public address (config/site.ts): canonical URLs, hreflang, the sitemap, copied links.
  site: siteUrl,
  // A <meta> Content Security Policy on every page, with a hash for each script and style Astro
  // renders: no inline code runs unless it was in the build (config/csp.ts says what else).
  security: { csp },
  markdown: {
    // No syntax colours: they would arrive as inline style attributes, which the CSP refuses.
    syntaxHighlight: false,
    // Sätteri is Astro 7's Markdown processor (GFM included). Heading attributes give every
    // heading a stable English id (`## Titolo { #wrong-password }`) that both languages share.
    // Our anchors replace Starlight's (headingLinks: false below): no icon per heading, less CSS.
    processor: satteri({
      features: { headingAttributes: true },
      // Old links to sections that moved land on the heading that points to their new page.
      // Site paths in code blocks (the help desk's ready replies) become full addresses, so
      // that what is copied into an e-mail is a link; each block gets its Copy button.
      hastPlugins: [
        headingAnchors(anchorLabels, docsDir, movedAnchors),
        codeBlocks({
          site: siteUrl,
          locales: localeKeys,
          copyLabels: stringOf('code.copy'),
          docsDir,
        }),
      ],
    }),
  },
  // Astro's link prefetching (which Starlight turns on) would load 1 KB of script on every page
  // before any interaction, to save a fraction of a second on pages that are already small.
  prefetch: false,
  build: {
    // Every stylesheet as a file: the critical CSS integration then keeps, inline, only the rules a
    // page uses, and the files (cached) style the rest. Inlined component styles (Starlight's cards
    // and steps, on every page through its Footer) would travel whole in every page's HTML.
    inlineStylesheets: 'never',
  },
  vite: {
    // Without JavaScript, pages follow the browser's light or dark preference (see the file).
    css: { postcss: { plugins: [noScriptTheme()] } },
    resolve: {
      alias: [
        {
          // Starlight's sidebar-state script only serves its own Sidebar, which ours replaces.
          find: /^.*\/components-internals\/SidebarPersistState(\.js)?$/,
          replacement: fileURLToPath(
            new URL('./src/components/overrides/no-sidebar-state.ts', import.meta.url),
          ),
        },
      ],
    },
    build: {
      rolldownOptions: {
        checks: {
          // Every MDX page would print a MODULE_LEVEL_DIRECTIVE box (about 900 lines a build) for
          // "use astro:head-inject", a marker Astro itself adds and reads before bundling;
          // Rolldown keeps the directive, so nothing is lost (withastro/astro#18087).
          moduleLevelDirective: false,
        },
      },
      // Never inline a script: an inline script travels in every page's HTML and needs its hash
      // in every page's policy; a module file is fetched once, after the first paint, and cached.
      // Other assets keep Vite's default (inlined under 4 KB).
      assetsInlineLimit: (file: string) => (/\.m?js$/.test(file) ? false : undefined),
    },
  },
  integrations: [
    // One warning when SITE_URL is still the placeholder: links handed out would point to it.
    siteAddress(),
    // Each page's critical CSS inline, the stylesheet at the end of the body (see the file). Runs
    // before cspPerPage: it adds the inline style's hash to the page's policy.
    criticalCss(),
    // Each page's policy keeps only the hashes of its own inline code (config/csp.ts explains).
    cspPerPage(),
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
      title: Object.fromEntries(localeKeys.map((key) => [key, locales[key].title])),
      description: 'AADSTS53003',
      locales,
      defaultLocale,
      sidebar,
      disable404Route: true,
      lastUpdated: false,
      markdown: { headingLinks: false },
      credits: false,
      // Our integration below builds the index from a prepared copy of each page (elisions,
      // codes); the Search override loads it only when someone wants to search.
      pagefind: false,
      // Plain <pre> instead of Expressive Code: no syntax colours needed for our text, queries and
      // replies, 4 KB less render-blocking CSS, and no inline style attributes under the CSP.
      expressiveCode: false,
      customCss: [
        './src/styles/content.css',
        './src/components/shared/tools.css',
        './src/styles/print.css',
      ],
      // Trims the head of every page (the file says what and why).
      routeMiddleware: './src/route-data.ts',
      components: {
        MarkdownContent: './src/components/overrides/MarkdownContent.astro',
        Search: './src/components/overrides/Search.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        // Lean chrome: the same roles with less markup, CSS and inline script (see each file).
        ThemeProvider: './src/components/overrides/ThemeProvider.astro',
        ThemeSelect: './src/components/overrides/ThemeSelect.astro',
        Sidebar: './src/components/overrides/Sidebar.astro',
        MobileMenuFooter: './src/components/overrides/MobileMenuFooter.astro',
        MobileMenuToggle: './src/components/overrides/MobileMenuToggle.astro',
        LanguageSelect: './src/components/overrides/LanguageSelect.astro',
        TableOfContents: './src/components/overrides/TableOfContents.astro',
        MobileTableOfContents: './src/components/overrides/MobileTableOfContents.astro',
        // Starlight's own Footer stays: its import of Starlight's components is what puts the
        // styles of the content components (cards, steps) into the pages' stylesheets.
        Pagination: './src/components/overrides/Pagination.astro',
        Hero: './src/components/overrides/Hero.astro',
      },
      plugins: [
        starlightLinksValidator({ errorOnLocalLinks: true, errorOnInconsistentLocale: true }),
      ],
    }),
    searchIndex(),
    // Last: records what this build was made from, once everything else succeeded (npm start
    // then serves it as long as nothing changed; the file says what counts).
    buildStamp(),
  ],
});
