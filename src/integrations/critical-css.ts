import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import Beasties from 'beasties';
import { sha256 } from '../../config/csp';
import { addElementHashes } from '../lib/build/csp-narrow';
import { htmlFiles, rewriteMetaPolicy } from '../lib/build/dist-files';
import { metaPolicy } from '../lib/build/html-audit';
import {
  dropNoScriptRules,
  dropPrintRules,
  dropRulesRepeatedIn,
  inlineConstantProperties,
  pruneCustomProperties,
} from '../lib/build/css-prune';
import { broadenSelector } from '../lib/build/css-selector';

/** Beasties with a selector test that never loses a rule the page needs (see broadenSelector). */
class SafeBeasties extends Beasties {
  /** Replaces Beasties' own normalisation, which it calls for every selector it tests. */
  normalizeCssSelector(selector: string): string {
    return broadenSelector(selector);
  }
}

/** Marks stylesheets for a medium other than the screen (print): they never block a paint. */
function skipOtherMedia(html: string): string {
  return html.replace(/<link\s[^>]*>/gi, (tag) => {
    const media = /\smedia="([^"]*)"/i.exec(tag)?.[1]?.trim();
    if (!/\srel="?stylesheet"?/i.test(tag) || !media || /^(all|screen)\b/i.test(media)) return tag;
    return tag.replace(/^<link/i, '<link data-beasties-skip');
  });
}

/**
 * After the build, gives every page its critical CSS inline and moves the site's stylesheet to the
 * end of the body, where it no longer blocks the first paint.
 *
 * The critical CSS of a page is every rule of the stylesheet whose selector matches an element of
 * that page (Beasties), plus the theme rules (`data-theme` is set by script), minus the custom
 * properties nothing uses and the rules for print, with the constant ones written out where they
 * are read. The page therefore paints fully styled from its HTML alone, and the whole stylesheet,
 * cached after the first visit, styles what scripts add later (the search dialog, the checker's
 * result). Without JavaScript the stylesheet loads all the same.
 *
 * The inline `<style>` gets its hash in the page's Content Security Policy (`style-src`), so this
 * runs before `cspPerPage`, which keeps the hashes of a page's own inline code.
 */
export function criticalCss(): AstroIntegration {
  return {
    name: 'kb-critical-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const beasties = new SafeBeasties({
          path: root,
          publicPath: '/',
          preload: 'body',
          noscriptFallback: false,
          pruneSource: false,
          inlineFonts: false,
          fonts: false,
          reduceInlineStyles: false,
          mergeStylesheets: true,
          keyframes: 'critical',
          compress: true,
          // Rules Beasties cannot see apply: on <html> itself (it looks below it), theme and state
          // attributes that scripts set.
          allowRules: [
            /data-(theme|has-)/,
            /\[(lang|dir)\b/,
            /aria-(current|expanded|selected|pressed|busy)/,
            /\[open\]/,
            /:defined/,
          ],
          logLevel: 'silent',
        });
        const all = await readdir(root, { recursive: true });
        const files = htmlFiles(root);
        // The site's own CSS and JavaScript: where a custom property could be set a second time.
        const siteCode = (
          await Promise.all(
            all
              .filter((f) => /^_astro[\\/].+\.(css|js)$/.test(f))
              .map((f) => readFile(join(root, f), 'utf8')),
          )
        ).join('\n');
        let pages = 0;
        for (const file of files) {
          const path = join(root, file);
          const before = await readFile(path, 'utf8');
          if (!metaPolicy(before)) continue;
          const processed = (await beasties.process(skipOtherMedia(before)))
            .replaceAll(/<link data-beasties-skip(?:="")?/g, '<link')
            .replace(' data-beasties-container', '');
          const styles: string[] = [];
          // The page's own inline styles (Starlight's component styles), all after the critical
          // CSS in the document: rules they repeat are left out of the critical CSS.
          const own = [...before.matchAll(/<style>([\s\S]*?)<\/style>/g)]
            .map((m) => m[1] ?? '')
            .join('\n');
          const html = processed.replace(
            /<style>([\s\S]*?)<\/style>/g,
            (element: string, css: string) => {
              if (before.includes(element)) return element;
              const pruned = inlineConstantProperties(
                pruneCustomProperties(
                  dropNoScriptRules(dropPrintRules(dropRulesRepeatedIn(css, own))),
                  before,
                ),
                siteCode + before,
              );
              styles.push(pruned);
              return `<style>${pruned}</style>`;
            },
          );
          if (styles.length === 0) continue;
          const hashes = styles.map((css) => `'${sha256(css)}'`);
          await writeFile(
            path,
            rewriteMetaPolicy(html, (policy) => addElementHashes(policy, 'style', hashes)),
          );
          pages += 1;
        }
        logger.info(`critical CSS inlined in ${pages} pages`);
      },
    },
  };
}
