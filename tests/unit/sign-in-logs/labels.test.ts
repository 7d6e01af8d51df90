import { describe, expect, test } from 'vitest';
import en from '../../../src/content/i18n/en.json';
import it from '../../../src/content/i18n/it.json';
import rules from '../../../src/data/ca-rules.json';
import {
  appLabel,
  codeLabel,
  countryLabel,
  deviceStateLabel,
  ruleLabel,
  type ToolStrings,
} from '../../../src/lib/sign-in-logs/labels';
import { signInLogsStrings } from '../../../src/components/tools/sign-in-logs/strings';
import { localeKeys } from '../../../config/locales';
import type { LogReadErrorCode } from '../../../src/lib/sign-in-logs/intake';
import { shapeIds, signInKinds } from '../../../src/lib/sign-in-logs/shapes';

/** Every code a refusal can carry (the type lists them; this list must name each). */
const errorCodes: readonly (LogReadErrorCode | 'cancelled')[] = [
  'empty',
  'binary',
  'invalid-json',
  'json-shape',
  'no-records',
  'csv-columns',
  'unknown-format',
  'no-codes',
  'ps-depth',
  'archive-empty',
  'too-large',
  'internal',
  'cancelled',
];

/** The tool's strings of one language, as the component hands them to the script. */
const strings = (all: Record<string, string>): ToolStrings =>
  signInLogsStrings((key) => all[key] ?? '');
const s = { it: strings(it), en: strings(en) };

describe('the tool strings', () => {
  test.each(localeKeys)('every key has a %s text', (lang) => {
    expect(Object.entries(s[lang]).filter(([, v]) => !v.trim())).toEqual([]);
  });

  test('both languages use the same placeholders in each string', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(s.en) as (keyof ToolStrings)[])
      expect(names(s.it[key]), key).toEqual(names(s.en[key]));
  });

  test('every refusal, shape, sign-in kind, encoding and found thing has its words', () => {
    const keys = [
      ...errorCodes.map((c) => `error.${c}`),
      ...shapeIds.map((id) => `shape.${id}`),
      ...signInKinds.map((k) => `kind.${k}`),
      ...['utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'].map((e) => `encoding.${e}`),
      ...['xlsx', 'xls', 'pdf', 'image', 'zip', 'gzip', 'binary'].map((k) => `found.${k}`),
      ...['truncated', 'next-page', 'ps-depth', 'mixed'].map((w) => `warning.${w}`),
      'warning.skipped.other',
      'warning.missing-fields.other',
      'warning.no-code.other',
      'warning.date-order.dmy',
      'warning.date-order.mdy',
      'accepted',
    ];
    for (const lang of ['it', 'en'] as const)
      for (const key of keys)
        expect((s[lang] as Record<string, string>)[key], `${lang} ${key}`).toBeTruthy();
  });
});

describe('labels', () => {
  test.each([
    ['|false|false', 'no join type · not compliant · not managed'],
    ['Azure AD joined|true|true', 'Azure AD joined · compliant · managed'],
    ['Hybrid Azure AD joined||', 'Hybrid Azure AD joined'],
  ])('device state %j', (key, label) => {
    expect(deviceStateLabel(key, s.en)).toBe(label);
  });

  test('apps: the file’s name wins, a known id gets its name, an unknown id stays', () => {
    const apps = { '04b07795-8ddb-461a-bbee-02f9e1bf7b46': 'Microsoft Azure CLI' };
    expect(appLabel('My app', apps)).toBe('My app');
    expect(appLabel('04B07795-8DDB-461A-BBEE-02F9E1BF7B46', apps)).toBe('Microsoft Azure CLI');
    expect(appLabel('11111111-2222-3333-4444-555555555555', apps)).toBe(
      '11111111-2222-3333-4444-555555555555',
    );
  });

  test('countries get their name in the page language', () => {
    expect(countryLabel('it', new Intl.DisplayNames(['it'], { type: 'region' }))).toBe(
      'IT · Italia',
    );
    expect(countryLabel('BR', new Intl.DisplayNames(['en'], { type: 'region' }))).toBe(
      'BR · Brazil',
    );
    expect(countryLabel('', null)).toBe('');
    expect(countryLabel('Milano', null)).toBe('Milano');
  });

  test('beta rules in words, with Graph’s value kept; unknown values as written', () => {
    const config = {
      conditions: Object.fromEntries(
        rules.filter((r) => r.kind === 'condition').map((r) => [r.value, r.label.en]),
      ),
      rules: Object.fromEntries(
        rules.filter((r) => r.kind === 'rule').map((r) => [r.value, r.label.en]),
      ),
    };
    expect(ruleLabel({ condition: 'users', rule: 'roleId' }, config)).toBe(
      'Users: a directory role (roleId)',
    );
    expect(ruleLabel({ condition: 'futureCondition', rule: 'futureRule' }, config)).toBe(
      'futureCondition: futureRule',
    );
  });

  test('codes: the site’s meaning, or a plain "not one of ours"', () => {
    const codes = [{ code: '53003', conditionalAccess: true, summary: 'Blocked.', href: null }];
    expect(codeLabel(53003, codes, s.en)).toBe('Blocked.');
    expect(codeLabel(50126, codes, s.en)).toBe(s.en['codes.notCa']);
  });
});
