import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { localeKeys, type Locale } from '../../../config/locales';
import { splitFrontmatter } from '../../../src/lib/build/content-tree';

export const docsRoot = join(import.meta.dirname, '../../../src/content/docs');

/** One MDX page of one locale, read from disk. */
export interface ContentFile {
  locale: Locale;
  /** Path relative to the locale folder, e.g. `causes/location.mdx`. */
  path: string;
  /** The URL slug without locale, e.g. `causes/location`, `` for the home page. */
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The relative paths of every file in one locale's tree. */
export function listTree(locale: Locale): string[] {
  const base = join(docsRoot, locale);
  return walk(base).map((file) => relative(base, file));
}

/** Turns `causes/index.mdx` into `causes`, `index.mdx` into ``. */
export function slugOf(path: string): string {
  return path.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
}

/** Every page of every locale, with parsed frontmatter. */
export function readAllPages(): ContentFile[] {
  return localeKeys.flatMap((locale) =>
    listTree(locale)
      .filter((path) => /\.mdx?$/.test(path))
      .map((path) => {
        const { frontmatter, body } = splitFrontmatter(
          readFileSync(join(docsRoot, locale, path), 'utf8'),
        );
        const data = (parseYaml(frontmatter) ?? {}) as Record<string, unknown>;
        return { locale, path, slug: slugOf(path), data, body };
      }),
  );
}
