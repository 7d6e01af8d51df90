import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import codes from '../../src/data/codes.json';
import apps from '../../src/data/apps.json';
import { appSchema, causeIds, errorCodeSchema } from '../../src/schemas/data';
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
