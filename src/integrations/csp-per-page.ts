import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sha256 } from '../../config/csp';
import { narrowPolicy } from '../lib/build/csp-narrow';
import { htmlFiles, rewriteMetaPolicy } from '../lib/build/dist-files';
import { inlineScripts, inlineStyles, metaPolicy } from '../lib/build/html-audit';

/**
 * After the build, narrows each page's `<meta>` Content Security Policy to the hashes of that
 * page's own inline scripts and styles (see `narrowPolicy`). Astro generates the policy; this only
 * removes hashes a page does not use, about 1 KB of incompressible bytes per page.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'kb-csp-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = htmlFiles(root);
        let saved = 0;
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const policy = metaPolicy(html);
          if (!policy) continue;
          const keep = new Set(
            [...inlineScripts(html), ...inlineStyles(html)].map((text) => `'${sha256(text)}'`),
          );
          const narrowed = narrowPolicy(policy, keep);
          if (narrowed === policy) continue;
          saved += policy.length - narrowed.length;
          await writeFile(
            path,
            rewriteMetaPolicy(html, () => narrowed),
          );
        }
        logger.info(`narrowed ${files.length} policies, ${saved} bytes of unused hashes removed`);
      },
    },
  };
}
