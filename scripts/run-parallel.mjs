/**
 * Runs npm scripts side by side, for `npm test` on a two-core machine: each argument is a lane,
 * whose scripts (separated by commas) run one after the other; the lanes run at the same time.
 * Each lane's output is printed whole when the lane ends, so the logs do not interleave. Exits
 * with the first failing lane's code, once every lane has ended.
 *
 *   node scripts/run-parallel.mjs check lint,test:unit
 */
import { spawn } from 'node:child_process';

/** Runs one npm script; resolves to its exit code and its output. */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output) }));
  });
}

/** Runs a lane's scripts in order, stopping at the first failure. */
async function lane(scripts) {
  for (const script of scripts) {
    const started = Date.now();
    const { code, output } = await run(script);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`\n> ${script} (${seconds} s, exit ${code})\n`);
    process.stdout.write(output);
    if (code !== 0) return code;
  }
  return 0;
}

const codes = await Promise.all(process.argv.slice(2).map((arg) => lane(arg.split(','))));
process.exit(codes.find((code) => code !== 0) ?? 0);
