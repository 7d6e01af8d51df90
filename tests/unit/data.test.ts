import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import codes from '../../src/data/codes.json';
import apps from '../../src/data/apps.json';
import caRules from '../../src/data/ca-rules.json';
import { appSchema, caRuleSchema, causeIds, errorCodeSchema } from '../../src/schemas/data';
import causes from '../../src/data/causes.json';
import checkerRules from '../../src/data/checker-rules.json';
import { defaultLocale, localeKeys } from '../../config/locales';
import { readAllPages } from './helpers/content';

describe('src/data/codes.json', () => {
  const parsed = z.array(errorCodeSchema).parse(codes);

  test('has no duplicate code', () => {
    expect(new Set(parsed.map((c) => c.code)).size).toBe(parsed.length);
  });

  test('every code marked with a page has one in every language, and no other code has', () => {
    const slugs = readAllPages().map((p) => `${p.locale}/${p.slug}`);
    const withPage = parsed.filter((c) => c.page).map((c) => c.code);
    expect(withPage.length).toBeGreaterThan(10);
    for (const locale of localeKeys) {
      const pages = slugs
        .filter((s) => s.startsWith(`${locale}/codes/`))
        .map((s) => s.slice(`${locale}/codes/`.length));
      expect(pages.sort(), locale).toEqual([...withPage].sort());
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

test('every cause id has its page in every language and its entry in causes.json, and only those', () => {
  const slugs = readAllPages().map((p) => `${p.locale}/${p.slug}`);
  for (const locale of localeKeys) {
    const pages = slugs
      .filter((s) => s.startsWith(`${locale}/causes/`))
      .map((s) => s.slice(`${locale}/causes/`.length));
    expect(pages.sort(), locale).toEqual([...causeIds].sort());
  }
  expect(causes.map((c) => c.id).sort()).toEqual([...causeIds].sort());
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

describe('the data files speak every language', () => {
  /** Every localized text of a data file (an object with a text in the default language). */
  function texts(value: unknown, at: string): [string, Record<string, unknown>][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
    if (!value || typeof value !== 'object') return [];
    const record = value as Record<string, unknown>;
    if (typeof record[defaultLocale] === 'string') return [[at, record]];
    return Object.entries(record).flatMap(([k, v]) => texts(v, `${at}.${k}`));
  }
  test.each([
    ['codes.json', codes],
    ['causes.json', causes],
    ['checker-rules.json', checkerRules],
    ['ca-rules.json', caRules],
  ] as const)('%s has a text in every language for every entry', (name, data) => {
    const found = texts(data, name);
    expect(found.length).toBeGreaterThan(5);
    const missing = found.flatMap(([at, text]) =>
      localeKeys.filter((l) => typeof text[l] !== 'string').map((l) => `${at}: no ${l}`),
    );
    expect(missing).toEqual([]);
  });
});
