/**
 * The other parts of the site measure themselves: the search (`scripts/bench-search.mjs`: query-set
 * hit rate and first-search bytes), the checker (`scripts/bench-checker.*`: time to result) and the
 * sign-in log tool (`scripts/bench-sign-in-logs.*`). The benchmark runs each one that exists against
 * the served build (`BENCH_BASE_URL`, `BENCH_DIST_DIR`) and reports its output; a missing one is
 * reported as such.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

const runners = {
  '.mjs': (file, args) => [process.execPath, [file, ...args]],
  '.js': (file, args) => [process.execPath, [file, ...args]],
  '.ts': (file, args) => [process.execPath, [file, ...args]],
  '.sh': (file, args) => ['bash', [file, ...args]],
};

/** The script `scripts/<name>.<ext>`, if one exists. */
export function findScript(root, name) {
  for (const ext of Object.keys(runners)) {
    const file = join(root, 'scripts', `${name}${ext}`);
    if (existsSync(file)) return { file, ext };
  }
  return undefined;
}

/**
 * Runs one team script, in `root`, with `args`. Its result is the JSON object it printed last (a
 * line or the whole output), or else its trimmed output.
 * @returns {Promise<{ status: 'missing' } | { status: 'ok', json?: unknown, output: string, seconds: number } | { status: 'failed', error: string }>}
 */
export async function runTeamScript(root, name, env, args = []) {
  const script = findScript(root, name);
  if (!script) return { status: 'missing' };
  const [command, argv] = runners[script.ext](script.file, args);
  try {
    const { stdout, seconds } = await run(command, argv, {
      cwd: root,
      env: { ...process.env, ...env },
      timeoutMs: 15 * 60_000,
    });
    return { status: 'ok', output: stdout.trim(), json: lastJson(stdout), seconds };
  } catch (error) {
    return { status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** The last JSON object in a script's output, if any. */
function lastJson(stdout) {
  const candidates = [stdout.trim(), ...stdout.trim().split('\n').reverse()];
  for (const candidate of candidates) {
    if (!candidate.trim().startsWith('{')) continue;
    try {
      return JSON.parse(candidate);
    } catch {
      // Not JSON: try the next candidate.
    }
  }
  return undefined;
}

/** One line for the report: the script's JSON or output, or why there is none. */
export function describe(result) {
  if (result.status === 'missing') return 'n/a (script missing)';
  if (result.status === 'failed') return `failed: ${result.error.split('\n')[0]}`;
  if (result.json !== undefined) return JSON.stringify(result.json);
  return result.output.split('\n').slice(-6).join(' | ') || '(no output)';
}
