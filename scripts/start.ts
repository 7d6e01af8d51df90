/**
 * `npm start`: serves the production build (search only works there) at a local address,
 * building it first only when something it is made from changed since the last good build: the
 * sources, the configuration, the lockfile, Node's version or the build's environment variables
 * (src/integrations/build-stamp.ts decides, and every build records it).
 *
 * Quiet on purpose, for someone trying the site for the first time: one line per step, Astro's
 * warnings and errors in full, and the address last.
 *
 *   npm start                      port 4321, or the next free one
 *   npm start -- --port 4400       another port (PORT=4400 npm start works too)
 *   npm start -- --host            also reachable from other devices on the network
 *   npm start -- --rebuild         build even if the last build is up to date
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { build, preview } from 'astro';
import { buildFingerprint, readStamp } from '../src/integrations/build-stamp.ts';

const root = join(import.meta.dirname, '..');

/**
 * starlight-links-validator writes a banner and a success box straight to stdout and stderr,
 * whatever the log level (six lines that say all is well). While the build runs, those lines
 * and blank ones are dropped; everything else shows, its errors (which list each broken link)
 * included.
 */
function muteSuccessBanners(): () => void {
  const noise =
    /^\s*$|^\s*validating links\s*$|^[╭╰]─\s*─[╮╯]$|^· All internal links are valid\. ·$/;
  const streams = [process.stdout, process.stderr];
  const writes = streams.map((stream) => stream.write.bind(stream));
  streams.forEach((stream, i) => {
    const write = writes[i] ?? stream.write.bind(stream);
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const kept = text
        .split('\n')
        .filter((line) => !noise.test(stripVTControlCharacters(line).trim()));
      return kept.length === 0 ? true : write(`${kept.join('\n')}\n`, ...rest);
    }) as typeof stream.write;
  });
  return () =>
    streams.forEach((stream, i) => {
      stream.write = writes[i] ?? stream.write;
    });
}

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
  },
});

const port = Number(values.port ?? process.env['PORT'] ?? 4321);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`start: "${values.port ?? process.env['PORT']}" is not a port number (1–65535).`);
  process.exit(1);
}

// Astro's anonymous usage report would try the network from a build meant to be hermetic.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

const upToDate =
  !values.rebuild &&
  existsSync(join(root, 'dist', 'index.html')) &&
  readStamp(root) === buildFingerprint(root);

if (upToDate) {
  console.log('Nothing changed since the last build: serving it.');
} else {
  console.log('Building the site (a minute or less; warnings and errors show here)…');
  const started = performance.now();
  const restore = muteSuccessBanners();
  try {
    await build({ root, logLevel: 'warn' });
  } catch (error) {
    restore();
    console.error(`\nThe build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Run `npm run build` to see the whole build log.');
    process.exit(1);
  }
  restore();
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

const server = await preview({
  root,
  logLevel: 'warn',
  server: { port, host: values.host },
});
const [local = `http://localhost:${server.port}/`] = server.urls?.local ?? [];
const network = server.urls?.network ?? [];
console.log(
  [
    '',
    `  Errore 53003 · Error 53003 is running at  ${local}`,
    ...network.map((url) => `  On the network:  ${url}`),
    '  Ctrl+C stops it.',
    '',
  ].join('\n'),
);
await server.closed();
