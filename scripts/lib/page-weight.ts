/**
 * What a built page weighs on a first visit, read from dist/ (no browser): its HTML, the CSS that
 * blocks its first paint and the JavaScript it loads before anyone interacts, each gzipped as a
 * server sends it. Used by the budget tests and by `npm run bench` (Node runs this file as is,
 * hence the `.ts` extensions in the imports).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipLevel } from '../../config/budgets.ts';
import {
  inlineScripts,
  renderBlockingStylesheets,
  scriptSources,
} from '../../src/lib/build/html-audit.ts';
import { dynamicImports, resolveSpecifier, staticImports } from '../../src/lib/build/js-imports.ts';

/** Gzipped size, in bytes, at the level the budgets use. */
export function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: gzipLevel }).length;
}

/** A first visit's bytes for one page, gzipped. */
export interface PageWeight {
  /** The HTML document. */
  html: number;
  /** Stylesheets that block the first paint, each gzipped on its own (one response each). */
  css: number;
  /** `html + css`: what must arrive before the first paint. */
  firstPaint: number;
  /** External scripts loaded before interaction (module scripts and their static imports). */
  js: number;
  /** Inline scripts, already part of `html`; listed so the JS budget can count them too. */
  inlineJs: number;
  /** URL paths of the external scripts counted in `js`. */
  jsFiles: string[];
  /** URL paths of the stylesheets counted in `css`. */
  cssFiles: string[];
}

/** Reads a built file by its URL path. */
export function readBuilt(distDir: string, urlPath: string): Buffer {
  const file = join(distDir, decodeURIComponent(urlPath.split(/[?#]/)[0] ?? ''));
  if (!existsSync(file)) throw new Error(`${urlPath} is referenced but not in ${distDir}`);
  return readFileSync(file);
}

/**
 * The scripts reachable from `entries`: by static imports only (what loads before interaction),
 * or also by literal dynamic imports (everything a widget may load on use).
 */
export function scriptClosure(
  distDir: string,
  entries: readonly string[],
  { dynamic = false } = {},
): string[] {
  const seen = new Set<string>();
  const queue = entries.filter((src) => src.startsWith('/'));
  while (queue.length > 0) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readBuilt(distDir, path).toString('utf8');
    const specifiers = dynamic
      ? [...staticImports(code), ...dynamicImports(code)]
      : staticImports(code);
    for (const specifier of specifiers) {
      const resolved = resolveSpecifier(specifier, path);
      if (resolved && existsSync(join(distDir, resolved))) queue.push(resolved);
    }
  }
  return [...seen];
}

/** Weighs one built page. */
export function pageWeight(distDir: string, html: string): PageWeight {
  const cssFiles = renderBlockingStylesheets(html).filter((href) => href.startsWith('/'));
  const jsFiles = scriptClosure(distDir, scriptSources(html));
  const htmlBytes = gzipSize(html);
  const css = cssFiles.reduce((sum, href) => sum + gzipSize(readBuilt(distDir, href)), 0);
  const inline = inlineScripts(html);
  return {
    html: htmlBytes,
    css,
    firstPaint: htmlBytes + css,
    js: jsFiles.reduce((sum, src) => sum + gzipSize(readBuilt(distDir, src)), 0),
    inlineJs: inline.length > 0 ? gzipSize(inline.join('\n')) : 0,
    jsFiles,
    cssFiles,
  };
}
