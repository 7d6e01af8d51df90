/**
 * Serving a build for the benchmark: a free port (never one the team's test runs use) and
 * `astro preview` on it, stopped by the caller.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The project's Astro CLI; a synthetic copy under bench-results/ uses it too. */
const astroBin = join(import.meta.dirname, '../../node_modules/astro/bin/astro.mjs');

/** Ports other test runs on this machine use; the benchmark keeps off them. */
const reserved = new Set([4321, 4329, 4331, 4332, 4333, 4334]);

/** Binds `port` (0: any) for a moment; resolves to the port bound, or 0 when it is taken. */
function tryPort(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(0));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A TCP port nothing listens on right now. With `BENCH_PORT` set (on a shared machine, the first
 * of the ports you were given), one of the eight from there; otherwise any free one.
 */
export async function freePort() {
  const base = Number(process.env.BENCH_PORT ?? 0);
  if (base) {
    for (let port = base; port < base + 8; port++) if (await tryPort(port)) return port;
    throw new Error(`bench: no free port in ${base}–${base + 7} (BENCH_PORT)`);
  }
  for (;;) {
    const port = await tryPort(0);
    if (port && !reserved.has(port)) return port;
  }
}

/**
 * Starts `astro preview` for the project in `root` (serving its dist/) and resolves once the
 * given path answers. `--ignore-lock` lets it run beside another preview of the same project.
 * @param {string} root
 * @param {{ probe?: string }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function preview(root, { probe = '/it/' } = {}) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [astroBin, 'preview', '--port', String(port), '--ignore-lock'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited:\n${log}`);
    try {
      const response = await fetch(url + probe);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro preview did not answer on ${url}${probe}:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
