/**
 * The checker on the real-paste corpus (`real/`): the floors the issue sets, on the tuning set
 * and on the held-back third alike, and the corpus's own consistency. The figures themselves are
 * printed by `npm run bench:checker-real`.
 */
import { describe, expect, test } from 'vitest';
import { evaluateReal, isHeldOut, loadCases } from '../../../scripts/bench-checker-real';
import { causeIds } from '../../../src/schemas/data';
import { fieldNames, flows, questions } from '../../../src/lib/checker/types';

const cases = loadCases();

describe('the corpus', () => {
  test('60 or more cases, a third held back by the fixed rule', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const held = cases.filter((c) => isHeldOut(c.id)).length;
    expect(held / cases.length).toBeGreaterThan(0.25);
    expect(held / cases.length).toBeLessThan(0.42);
  });

  test.each(cases.map((c) => [c.id, c] as const))('%s is well formed', (_, c) => {
    expect(c.source).toMatch(/^https:\/\//);
    expect(c.text.trim().length).toBeGreaterThan(10);
    for (const name of Object.keys(c.fields)) expect(fieldNames).toContain(name);
    if (c.fields.flow) expect(flows).toContain(c.fields.flow);
    if (c.cause) expect(causeIds).toContain(c.cause);
    for (const [q, a] of Object.entries(c.answers))
      expect(questions[q as keyof typeof questions]).toContain(a);
    // Real addresses were replaced by documentation ones (RFC 5737).
    for (const ip of c.text.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? [])
      expect(ip).toMatch(/^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./);
  });
});

describe('the floors', () => {
  const result = evaluateReal();
  test.each([
    ['tuning', result.tuning],
    ['held back', result.heldOut],
  ] as const)('%s: fields, top 3 with the answers, nothing first without evidence', (_, f) => {
    expect(f.fieldsRight / f.fieldsTotal).toBeGreaterThanOrEqual(0.95);
    expect(f.top3 / f.withCause).toBeGreaterThanOrEqual(0.9);
    expect(f.firstWithoutEvidence).toBe(0);
  });
});
