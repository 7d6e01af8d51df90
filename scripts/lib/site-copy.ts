/**
 * A copy of the site that builds on its own: the files a build reads, in a folder inside the
 * project (bench-results/ or test-results/, ignored by git and the tools). It has no node_modules
 * of its own: Node and Vite find the project's packages in the parent folders, and Astro keeps its
 * caches in the copy, so building it never touches the project's build. For the benchmark's
 * synthetic site and the test that builds a throwaway third language.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads. */
const buildInputs = ['astro.config.ts', 'package.json', 'tsconfig.json', 'config', 'public', 'src'];

/** Copies the site from `root` into `dir` (emptied first), with `extra` paths besides. */
export function copySite(root: string, dir: string, extra: readonly string[] = []): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of [...buildInputs, ...extra])
    if (existsSync(join(root, name)))
      cpSync(join(root, name), join(dir, name), { recursive: true });
  return dir;
}
