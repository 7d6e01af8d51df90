/**
 * How much JavaScript the checker itself costs: the script Astro bundles for `Checker.astro`
 * (named `Checker.astro_astro_type_script_…js`) on `/it/checker/`, followed through its static
 * imports, minus any chunk a page without the checker (`/it/faq/`) also loads, each gzipped at
 * level 9. Starlight's scripts (shared by every page, or Expressive Code's copy button for the
 * page's code block) are not the checker's and are not counted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One JavaScript file and its size. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

const scriptSrc = /<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const staticImport = /(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/**
 * The module scripts a built page loads (those whose file name passes `pick`), with everything
 * they import, as paths under `dist`.
 */
function closure(dist: string, page: string, pick: (file: string) => boolean = () => true) {
  const html = readFileSync(join(dist, page), 'utf8');
  const todo = [...html.matchAll(scriptSrc)]
    .map((m) => (m[1] ?? '').replace(/^\//, ''))
    .filter((file) => pick(file.split('/').pop() ?? ''));
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop() ?? '';
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    const dir = file.split('/').slice(0, -1).join('/');
    for (const m of readFileSync(join(dist, file), 'utf8').matchAll(staticImport))
      todo.push(join(dir, m[1] ?? ''));
  }
  return seen;
}

/** The checker's own scripts and their sizes; `undefined` when the site is not built. */
export function checkerScripts(dist = 'dist'): ScriptSize[] | undefined {
  const page = 'it/checker/index.html';
  if (!existsSync(join(dist, page))) return undefined;
  const shared = closure(dist, 'it/faq/index.html');
  return [...closure(dist, page, (name) => name.startsWith('Checker.astro'))]
    .filter((file) => !shared.has(file))
    .map((file) => {
      const content = readFileSync(join(dist, file));
      return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
}
