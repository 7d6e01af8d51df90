import { mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LogSession } from '../../../src/lib/sign-in-logs/session';
import { writePortalCsv, writePortalJson } from './generate-real';
import { summarise } from '../../../src/lib/sign-in-logs/aggregate';
import { exportCsv } from '../../../src/lib/sign-in-logs/export';
import { readSignInLog } from '../../../src/lib/sign-in-logs/read';
import { asGraphResponse, generateSignIns, generatedBlockingPolicies } from './generate';
import { codeFacts } from './helpers';

describe('100,000 generated records', () => {
  const { records, expected } = generateSignIns(100_000);
  const json = asGraphResponse(records);

  test('Graph JSON: every count matches the generator', { timeout: 60_000 }, () => {
    const start = performance.now();
    const summary = summarise(readSignInLog(json).records, codeFacts);
    const ms = performance.now() - start;
    expect(summary.total).toBe(expected.total);
    expect(summary.blocked).toBe(expected.blocked);
    for (const name of generatedBlockingPolicies)
      expect(summary.blocking.find((p) => p.displayName === name)?.count, name).toBe(
        expected.perPolicy[name],
      );
    expect(summary.reportOnly[0]?.count).toBe(expected.reportOnlyFailures);
    expect(summary.blockedBreakdown.timeline.reduce((n, b) => n + b.count, 0)).toBe(
      expected.blocked,
    );
    // Generous bound: a slow CI machine must still pass; the benchmark gives the real figure.
    expect(ms).toBeLessThan(20_000);
  });

  test('the same sign-ins as portal CSV give the same 53003 total', { timeout: 60_000 }, () => {
    const csv = exportCsv(readSignInLog(json).records);
    const summary = summarise(readSignInLog(csv).records, codeFacts);
    expect(summary.total).toBe(expected.total);
    expect(summary.blocked).toBe(expected.blocked);
    expect(summary.blocking).toEqual([]);
  });
});

describe('a large file of real records, streamed from disk', () => {
  test('3,000 portal JSON and CSV records: the counts written are the counts read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'signin-scale-'));
    try {
      for (const [write, name] of [
        [writePortalJson, 'big.json'],
        [writePortalCsv, 'big.csv'],
      ] as const) {
        const path = join(dir, name);
        const expected = write(path, 3000);
        const blob = await openAsBlob(path);
        const info = await new LogSession().load(
          [{ name, size: blob.size, stream: () => blob.stream() }],
          codeFacts,
        );
        expect(info.summary.total).toBe(expected.total);
        expect(info.summary.blocked).toBe(expected.blocked);
        if (name.endsWith('.json'))
          expect(
            Object.fromEntries(info.summary.blocking.map((p) => [p.displayName, p.count])),
          ).toEqual(expected.perPolicy);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
