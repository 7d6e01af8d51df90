/**
 * The imports of a built JavaScript chunk, read from its text: what the browser fetches with it
 * (static imports) and what it may fetch later (dynamic `import("…")` with a literal path). Built
 * chunks are minified ES modules, so a pattern over the text is enough; template literals and
 * computed paths are not followed (Pagefind's own files are loaded that way, on purpose: they are
 * search, measured separately).
 */

/** Specifiers of `import … from "x"`, `import "x"` and `export … from "x"`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern =
    /(?:^|[;}\s])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:[\w$*{}\s,]+?\s*)from\s*)(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) if (match[2]) found.add(match[2]);
  return [...found];
}

/**
 * Specifiers loaded on use: `import("x")` with a string literal, and files a chunk points to with
 * `new URL("x", import.meta.url)` (how bundlers reference a worker's script).
 */
export function dynamicImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\(\s*(["'`])([^"'`$\n]+)\1\s*\)/g))
    if (match[2]) found.add(match[2]);
  for (const match of code.matchAll(
    /\bnew URL\(\s*(["'`])([^"'`$\n]+\.m?js)\1\s*,\s*import\.meta\.url\s*\)/g,
  ))
    if (match[2]) found.add(match[2]);
  return [...found];
}

/** Resolves a relative specifier against the URL path of the chunk that holds it. */
export function resolveSpecifier(specifier: string, fromPath: string): string | undefined {
  if (!/^\.{1,2}\/|^\//.test(specifier)) return undefined;
  return new URL(specifier, `http://site${fromPath}`).pathname;
}
