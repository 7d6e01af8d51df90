import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build the end-to-end tests run against (`npm test` builds it before this stage). */
export const distDir = join(import.meta.dirname, '../../dist');

/** One built page: its URL path and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Every HTML file of the build, as the URL path a host serves it under. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('No dist/: run `npm run build` first.');
  const pages: BuiltPage[] = [];
  for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const path = `/${relative(distDir, join(distDir, file)).split(sep).join('/')}`.replace(
      /(^|\/)index\.html$/,
      '$1',
    );
    pages.push({ path, html: readFileSync(join(distDir, file), 'utf8') });
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** A file of the build, by its URL path (`/_astro/index.css`). */
export function builtFile(urlPath: string): Buffer {
  return readFileSync(join(distDir, decodeURIComponent(urlPath.split('?')[0] ?? '')));
}
