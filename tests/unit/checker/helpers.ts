import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import codes from '../../../src/data/codes.json';
import apps from '../../../src/data/apps.json';
import rules from '../../../src/data/checker-rules.json';
import causes from '../../../src/data/causes.json';
import {
  appSchema,
  causeIds,
  causeSchema,
  checkerRuleSchema,
  errorCodeSchema,
} from '../../../src/schemas/data';
import { localiseData } from '../../../src/lib/checker/data';
import { knownCodes } from '../../../src/lib/checker/index';
import { MAX_CHARS, parse, type ParseResult } from '../../../src/lib/checker/parse';
import { checkerWords } from '../../../src/lib/checker/words';
import type { CheckerData } from '../../../src/lib/checker/types';
import { translator, type Translate } from '../../../src/lib/text';
import { readAllPages } from '../helpers/content';
import { localeKeys, type Locale } from '../../../config/locales';

export const fixtureDir = join(import.meta.dirname, '../fixtures/details');

/** Every fixture file, by name. */
export const fixtures: Record<string, string> = Object.fromEntries(
  readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.json'))
    .map((f) => [f, readFileSync(join(fixtureDir, f), 'utf8')]),
);

/** The data files, validated exactly as the collections validate them. */
export const raw = {
  codes: z.array(errorCodeSchema).parse(codes),
  apps: z.array(appSchema).parse(apps),
  rules: z.array(checkerRuleSchema).parse(rules),
  causes: z.array(causeSchema).parse(causes),
};

const pages = readAllPages();
/** The cause titles of one language, from the pages' frontmatter. */
export function causeTitles(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    causeIds.map((id) => [
      id,
      String(pages.find((p) => p.locale === locale && p.slug === `causes/${id}`)?.data.title),
    ]),
  );
}

/** The checker's data in one language, as the page hands it to the browser. */
export const data = Object.fromEntries(
  localeKeys.map((locale) => [locale, localiseData(raw, locale, causeIds, causeTitles(locale))]),
) as Record<Locale, CheckerData>;

/** The interface strings of every language, and translators over them. */
export const strings = Object.fromEntries(
  localeKeys.map((locale) => [
    locale,
    JSON.parse(
      readFileSync(join(import.meta.dirname, `../../../src/content/i18n/${locale}.json`), 'utf8'),
    ) as Record<string, string>,
  ]),
) as Record<Locale, Record<string, string>>;
export const t = Object.fromEntries(
  localeKeys.map((locale) => [locale, translator(strings[locale])]),
) as Record<Locale, Translate>;

/** Fixed context so results do not depend on the machine running the tests. */
export const context = {
  timeZone: 'Europe/Rome',
  now: new Date('2026-09-10T12:00:00Z'),
};

/** Reads a paste as the page does: with the codes the site knows and the checker's words. */
export function read(text: string, maxChars: number = MAX_CHARS): ParseResult {
  return parse(text, maxChars, knownCodes(data.en), checkerWords);
}
