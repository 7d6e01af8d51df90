import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import rules from '../../../src/data/checker-rules.json';
import causes from '../../../src/data/causes.json';
import codes from '../../../src/data/codes.json';
import apps from '../../../src/data/apps.json';
import {
  appSchema,
  causeIds,
  causeSchema,
  checkerRuleSchema,
  errorCodeSchema,
} from '../../../src/schemas/data';

const parsedRules = z.array(checkerRuleSchema).parse(rules);
const parsedCauses = z.array(causeSchema).parse(causes);

describe('src/data/checker-rules.json', () => {
  test('rule ids are unique', () => {
    const ids = parsedRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('evidence uses only the placeholders the checker fills, the same in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of parsedRules) {
      expect(names(rule.evidence.it), rule.id).toEqual(names(rule.evidence.en));
      for (const name of names(rule.evidence.en))
        expect(['code', 'app', 'platform', 'summary'], `${rule.id}: {${name}}`).toContain(name);
    }
  });

  test('the app ids a rule names are known apps', () => {
    const known = new Set(
      z
        .array(appSchema)
        .parse(apps)
        .map((a) => a.id),
    );
    for (const rule of parsedRules)
      for (const id of rule.when.appId ?? []) expect(known.has(id), `${rule.id}: ${id}`).toBe(true);
  });

  test('the schema refuses a rule that tests nothing, weighs nothing or names an unknown fact', () => {
    const base = {
      id: 'x',
      cause: 'device',
      weight: 1,
      when: { vpn: ['yes'] },
      evidence: { it: 'abc', en: 'abc' },
    };
    expect(checkerRuleSchema.safeParse(base).success).toBe(true);
    expect(checkerRuleSchema.safeParse({ ...base, when: {} }).success).toBe(false);
    expect(checkerRuleSchema.safeParse({ ...base, weight: 0 }).success).toBe(false);
    expect(checkerRuleSchema.safeParse({ ...base, when: { mood: ['bad'] } }).success).toBe(false);
    expect(checkerRuleSchema.safeParse({ ...base, when: { vpn: ['maybe'] } }).success).toBe(false);
    expect(checkerRuleSchema.safeParse({ ...base, cause: 'weather' }).success).toBe(false);
  });
});

describe('src/data/causes.json', () => {
  test('every cause has its checker text, in the order of the cause pages', () => {
    expect(parsedCauses.map((c) => c.id)).toEqual([...causeIds]);
  });

  test('every code that names a cause names one of these', () => {
    for (const code of z
      .array(errorCodeSchema)
      .parse(codes)
      .filter((c) => c.cause))
      expect(causeIds).toContain(code.cause);
  });
});
