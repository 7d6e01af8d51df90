import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const tool = join(root, '../shared/tools/seed-overlap');

/**
 * Facts from the seed article carry over, its sentences never do. The checker lives beside the
 * project (`../shared`), as on every developer machine and in CI; elsewhere the test is skipped.
 */
test.skipIf(!existsSync(tool))('no run of nine words is shared with the seed article', () => {
  let output: string;
  try {
    output = execFileSync(tool, ['src/content'], { cwd: root, encoding: 'utf8' });
  } catch (error) {
    output = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(output).toContain('seed-overlap: 0 shared');
});
