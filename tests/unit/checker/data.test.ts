import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnose, facts, ruleApplies } from '../../../src/lib/checker/diagnose';
import {
  fieldNames,
  flows,
  questionNames,
  questions,
  triedIds,
  type Answers,
} from '../../../src/lib/checker/types';
import { causeIds } from '../../../src/schemas/data';
import { checkerStringKeys } from '../../../src/components/tools/checker/strings';
import { data, fixtures, raw, strings, read } from './helpers';
import { localeKeys, type Locale } from '../../../config/locales';

describe('checker rules', () => {
  test('every cause can be ranked first, and every rule can fire', () => {
    const texts = [
      ...Object.values(fixtures),
      'Error Code: 53003\nDevice platform: Linux',
      'Error Code: 53003\nDevice platform: iOS',
      'Error Code: 53003\nApp id: 01cb2876-7ebd-4aa4-9cc9-d28bd4d359a9',
      'Error Code: 53004',
      'Error Code: 53000',
      'Error Code: 50005',
      'Error Code: 530033',
      'Error Code: 53010',
      'Error Code: 530001',
      'Error Code: 53003\nDevice state: Compliant',
      'Device identifier: Not available',
      'Help us keep your device secure',
      'Sorry, a security policy is preventing access. An organization security policy requiring token protection',
      "You can't get there from here",
      'az login --use-device-code',
      'DEBUG: msal.application: Refresh failed.',
      'Connect-AzureAD -Credential $Credential',
      'grant_type=client_credentials',
      'AADSTS50005: User tried to log in to a device from a platform (Unknown) that is not supported',
    ];
    const answerSets: Answers[] = [{}];
    for (const q of questionNames)
      for (const value of questions[q]) answerSets.push({ [q]: value } as Answers);
    answerSets.push({ vpn: 'no', abroad: 'no', private: 'no', devicecode: 'no' });
    answerSets.push({ owner: 'work' });
    const fired = new Set<string>();
    const first = new Set<string>();
    for (const text of texts)
      for (const answers of answerSets) {
        const parsed = read(text);
        const f = facts(parsed, answers, data.en);
        for (const rule of raw.rules) if (ruleApplies(rule, f)) fired.add(rule.id);
        const d = diagnose(parsed, answers, data.en);
        if (d.causes[0]) first.add(d.causes[0].id);
      }
    expect(raw.rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
    expect(causeIds.filter((id) => !first.has(id))).toEqual([]);
  });
});

describe('checker strings', () => {
  const ours = (locale: Locale) =>
    Object.keys(strings[locale])
      .filter((k) => k.startsWith('checker.'))
      .sort();

  test('the schema declares exactly the checker strings of both files', () => {
    expect(ours('it')).toEqual([...checkerStringKeys].sort());
    expect(ours('en')).toEqual([...checkerStringKeys].sort());
  });

  /** Every key the code builds from parts, and every literal key in the sources. */
  const used = new Set<string>([
    ...questionNames.flatMap((q) => [`checker.q.${q}`, `checker.q.${q}.short`]),
    ...Object.values(questions)
      .flat()
      .map((v) => `checker.opt.${v}`),
    'checker.opt.unknown',
    ...triedIds.map((id) => `checker.tried.${id}`),
    ...fieldNames.flatMap((f) => [
      `checker.field.${f}`,
      `checker.meaning.${f}`,
      `checker.limit.${f}`,
    ]),
    ...['strong', 'some', 'weak'].map((c) => `checker.confidence.${c}`),
    ...['details', 'message', 'description', 'json'].map((f) => `checker.format.${f}`),
    ...['unregistered', 'registered', 'domainjoined', 'compliant', 'other'].map(
      (s) => `checker.note.state.${s}`,
    ),
    ...flows.map((f) => `checker.flow.${f}`),
    'checker.meaning.errorCodeOther',
    'checker.limit.errorCodeOther',
  ]);
  // The tool's code, not its key list (strings.ts names every key, used or not).
  const sources = ['src/lib/checker', 'src/components/tools/checker'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f !== 'strings.ts')
      .map((f) => join(dir, f)),
  );
  for (const file of sources) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?<![\w./-])checker\.[a-zA-Z]+(?:\.[a-zA-Z]+)*/g)) {
      // `checker.q.${q}` or `checker.note.*`: a prefix completed at run time, enumerated above.
      if (source[m.index + m[0].length] === '.') continue;
      used.add(m[0]);
    }
  }

  test.each(localeKeys)('every key the checker uses exists in %s', (locale) => {
    expect([...used].filter((k) => !strings[locale][k])).toEqual([]);
  });

  test('no checker string is left unused', () => {
    expect(checkerStringKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  test('both languages use the same placeholders', () => {
    const names = (s = '') => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of checkerStringKeys)
      expect(names(strings.it[key]), key).toEqual(names(strings.en[key]));
  });
});
