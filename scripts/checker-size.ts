/**
 * How much JavaScript the checker itself costs: the script Astro bundles for `Checker.astro`
 * (named `Checker.astro_astro_type_script_…js`) on `/it/checker/`, followed through its imports,
 * minus any chunk a page without the checker (`/it/faq/`) loads before interaction, each gzipped at the level of
 * the budgets (config/budgets.ts). Starlight's scripts, shared by every page, are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scriptSources } from '../src/lib/build/html-audit.ts';
import { gzipSize, readBuilt, scriptClosure } from './lib/page-weight.ts';

/** One JavaScript file and its size. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** The checker's own scripts and their sizes; `undefined` when the site is not built. */
export function checkerScripts(dist = 'dist'): ScriptSize[] | undefined {
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');
  if (!existsSync(join(dist, 'it/checker/index.html'))) return undefined;
  // What an article loads before anyone interacts is the site's, not the checker's.
  const shared = new Set(scriptClosure(dist, scriptSources(page('it/faq/index.html'))));
  const entries = scriptSources(page('it/checker/index.html')).filter((src) =>
    /\/Checker\.astro_astro_type_script[^/]*\.js$/.test(src),
  );
  return scriptClosure(dist, entries, { dynamic: true })
    .filter((file) => !shared.has(file))
    .map((file) => {
      const content = readBuilt(dist, file);
      return { file, bytes: content.length, gzip: gzipSize(content) };
    });
}
