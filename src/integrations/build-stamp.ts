/**
 * What a build was made from, so that `npm start` can serve an up-to-date build instead of
 * building again (scripts/start.ts). The fingerprint covers everything a build reads: the
 * sources, the configuration and public files, the lockfile (hence every package and the Node
 * binary the scripts run on), Node's version and the environment variables the build uses
 * (`SITE_URL` and the feedback address: config/site.ts `buildEnv`).
 *
 * Lifecycle: `astro:build:start` takes the fingerprint and removes the old stamp (a build that
 * fails leaves none); `astro:build:done`, the last hook of the last integration, writes it. Every
 * build writes it, whoever runs it (`npm run build`, `npm test`, `npm start`). The stamp lives in
 * `.astro/` (ignored by git), not in `dist/`, so that a deployment does not carry it.
 *
 * Imports carry `.ts` extensions: Node runs this file as is from scripts/start.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEnv } from '../../config/site.ts';

/** Folders whose every file a build may read. */
const inputDirs = ['src', 'config', 'public'];
/** Single files a build reads. */
const inputFiles = ['astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** Where the stamp of the last good build is kept, under the project's root. */
export const stampPath = (root: string) => join(root, '.astro', 'build-stamp.json');

/** Every file under `dir`, as paths relative to `root` with `/` separators, sorted. */
function filesUnder(root: string, dir: string): string[] {
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The fingerprint of a build's inputs in `root`: a hash of every input file's path and bytes,
 * Node's version and the build's environment variables. Any change to any of them changes it.
 */
export function buildFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  const files = [
    ...inputDirs.flatMap((dir) => filesUnder(root, dir)),
    ...inputFiles.filter((file) => existsSync(join(root, file))),
  ];
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  hash.update(`node ${process.version}\0`);
  for (const name of buildEnv) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** The fingerprint the last good build recorded, if any. */
export function readStamp(root: string): string | undefined {
  try {
    const stamp: unknown = JSON.parse(readFileSync(stampPath(root), 'utf8'));
    if (stamp && typeof stamp === 'object' && 'inputs' in stamp && typeof stamp.inputs === 'string')
      return stamp.inputs;
  } catch {
    // No stamp, or an unreadable one: the build is not known to be up to date.
  }
  return undefined;
}

/** The integration that stamps every successful build (last in astro.config.ts). */
export function buildStamp(): AstroIntegration {
  let root = '';
  let inputs = '';
  return {
    name: 'kb-build-stamp',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        inputs = buildFingerprint(root);
        rmSync(stampPath(root), { force: true });
      },
      'astro:build:done': () => {
        const path = stampPath(root);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, `${JSON.stringify({ inputs, built: new Date().toISOString() })}\n`);
      },
    },
  };
}
