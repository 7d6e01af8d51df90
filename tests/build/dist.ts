/**
 * The build the tests of this folder read (`npm test` builds it first). Node only: these checks
 * need the files, not a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles, urlOf } from '../../src/lib/build/dist-files';

/** The build's folder. */
export const distDir = join(import.meta.dirname, '../../dist');

/** One built page: its URL path and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Every HTML file of the build, as the URL path a host serves it under; fails without a build. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('No dist/: run `npm run build` first.');
  return htmlFiles(distDir)
    .map((file) => ({ path: urlOf(file), html: readFileSync(join(distDir, file), 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** A file of the build, by its URL path (`/_astro/index.css`; `/it/faq/` is its index.html). */
export function builtFile(urlPath: string): Buffer {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '');
  return readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path));
}

/** A built JSON file, parsed. */
export const builtJson = (urlPath: string): unknown =>
  JSON.parse(builtFile(urlPath).toString('utf8'));
