import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import codes from '../../src/data/codes.json';
import apps from '../../src/data/apps.json';
import caRules from '../../src/data/ca-rules.json';
import { appSchema, caRuleSchema, causeIds, errorCodeSchema } from '../../src/schemas/data';
import { causePages, codePages } from '../../config/sidebar';
import { readAllPages } from './helpers/content';

describe('src/data/codes.json', () => {
  const parsed = z.array(errorCodeSchema).parse(codes);

  test('has no duplicate code', () => {
    expect(new Set(parsed.map((c) => c.code)).size).toBe(parsed.length);
  });

  test('marks exactly the codes with a page, and every one has a page in both languages', () => {
    const withPage = parsed
      .filter((c) => c.page)
      .map((c) => c.code)
      .sort();
    expect(withPage).toEqual([...codePages].sort());
    const slugs = new Set(readAllPages().map((p) => `${p.locale}/${p.slug}`));
    for (const code of withPage) {
      expect(slugs.has(`it/codes/${code}`)).toBe(true);
      expect(slugs.has(`en/codes/${code}`)).toBe(true);
    }
  });

  test('knows 53003 as the Conditional Access block', () => {
    expect(parsed.find((c) => c.code === '53003')).toMatchObject({
      name: 'BlockedByConditionalAccess',
      conditionalAccess: true,
    });
  });
});

describe('src/data/apps.json', () => {
  const parsed = z.array(appSchema).parse(apps);
  test('has no duplicate id', () => {
    expect(new Set(parsed.map((a) => a.id)).size).toBe(parsed.length);
  });
});

test('the cause ids of the data match the cause pages', () => {
  expect([...causeIds].sort()).toEqual([...causePages].sort());
});

describe('src/data/ca-rules.json', () => {
  const parsed = z.array(caRuleSchema).parse(caRules);
  test('has no duplicate value within a kind', () => {
    const keys = parsed.map((r) => `${r.kind}:${r.value}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  test('labels the conditions and rules of the Graph beta fixture', () => {
    for (const value of ['application', 'users', 'location', 'deviceState'])
      expect(parsed.some((r) => r.kind === 'condition' && r.value === value)).toBe(true);
    for (const value of ['allApps', 'appId', 'allUsers', 'roleId', 'locationId', 'deviceFilter'])
      expect(parsed.some((r) => r.kind === 'rule' && r.value === value)).toBe(true);
  });
});
