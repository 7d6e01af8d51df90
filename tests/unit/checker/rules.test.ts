import { defaultLocale, localeKeys } from '../../../config/locales';
import { describe, expect, test } from 'vitest';
import { causeIds, checkerRuleSchema } from '../../../src/schemas/data';
import { raw } from './helpers';

describe('src/data/checker-rules.json', () => {
  test('rule ids are unique', () => {
    const ids = raw.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('evidence uses only the placeholders the checker fills, the same in every language', () => {
    const names = (s = '') => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const rule of raw.rules) {
      for (const locale of localeKeys)
        expect(names(rule.evidence[locale]), `${rule.id} ${locale}`).toEqual(
          names(rule.evidence[defaultLocale]),
        );
      for (const name of names(rule.evidence[defaultLocale]))
        expect(['code', 'app', 'platform', 'summary'], `${rule.id}: {${name}}`).toContain(name);
    }
  });

  test('the app ids a rule names are known apps', () => {
    const known = new Set(raw.apps.map((a) => a.id));
    for (const rule of raw.rules)
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
    expect(raw.causes.map((c) => c.id)).toEqual([...causeIds]);
  });

  test('every code that names a cause names one of these', () => {
    for (const code of raw.codes.filter((c) => c.cause)) expect(causeIds).toContain(code.cause);
  });
});
