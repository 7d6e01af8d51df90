import { describe, expect, test } from 'vitest';
import en from '../../../src/content/i18n/en.json';
import it from '../../../src/content/i18n/it.json';
import rules from '../../../src/data/ca-rules.json';
import {
  appLabel,
  codeLabel,
  countryLabel,
  deviceStateLabel,
  noPoliciesWarning,
  ruleLabel,
  warningLines,
  type ToolStrings,
} from '../../../src/lib/sign-in-logs/labels';
import { signInLogsStrings } from '../../../src/components/tools/sign-in-logs/strings';
import { localeKeys } from '../../../config/locales';

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

  test('every error and warning code has a message', () => {
    for (const code of [
      'empty',
      'too-large',
      'binary',
      'invalid-json',
      'json-shape',
      'no-records',
      'csv-columns',
      'unknown-format',
      'internal',
    ])
      expect(en[`signinLogs.error.${code}` as keyof typeof en]).toBeTruthy();
  });
});

describe('labels', () => {
  test('the warnings with the totals leave out the missing policies, said with the policies', () => {
    const n = (value: number) => new Intl.NumberFormat('en').format(value);
    expect(
      warningLines(
        [{ code: 'next-page' }, { code: 'no-policies' }, { code: 'skipped', count: 1234 }],
        s.en,
        n,
      ),
    ).toEqual([s.en['warning.next-page'], s.en['warning.skipped'].replace('{count}', '1,234')]);
    expect(noPoliciesWarning('csv', s.en)).toBe(s.en['warning.no-policies-csv']);
    expect(noPoliciesWarning('graph', s.en)).toBe(s.en['warning.no-policies-json']);
    expect(noPoliciesWarning('portal-json', s.en)).toBe(s.en['warning.no-policies-json']);
  });

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
