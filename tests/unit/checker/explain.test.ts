import { describe, expect, test } from 'vitest';
import { explain, formatTime, type FieldExplanation } from '../../../src/lib/checker/explain';
import { fieldHref } from '../../../src/lib/checker/links';
import { fieldNames } from '../../../src/lib/checker/types';
import { context, data, fixtures, strings, read } from './helpers';
import { localeKeys, type Locale } from '../../../config/locales';

const run = (text: string, locale: Locale = 'en') =>
  explain(read(text), {
    locale,
    ...context,
    intl: data[locale].intl,
    codes: data[locale].codes,
    apps: data[locale].apps,
  });
const field = (list: FieldExplanation[], name: string) => list.find((f) => f.name === name);
const keys = (f: FieldExplanation | undefined) => f?.notes.map((n) => n.key);

describe('explain', () => {
  test.each(Object.keys(fixtures))(
    '%s: fields in page order, each with meaning, limit and docs',
    (file) => {
      for (const locale of localeKeys) {
        const list = run(fixtures[file] ?? '', locale);
        const order = list.map((f) => fieldNames.indexOf(f.name));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        for (const f of list) {
          expect(f.docs).toBe(fieldHref(locale, f.name));
          for (const key of [f.meaning, f.limit, ...f.notes.map((n) => n.key)])
            expect(strings[locale][key], key).toBeTruthy();
        }
      }
    },
  );

  test('53003 is known, Conditional Access, and links to its overview', () => {
    const code = field(run(fixtures['53003-azure-cli-unregistered.txt'] ?? '', 'it'), 'errorCode');
    expect(code?.notes).toEqual([
      {
        key: 'checker.note.codeKnown',
        params: { code: '53003', summary: data.it.codes.find((c) => c.code === '53003')?.summary },
        href: '/it/what-is-53003/',
      },
    ]);
  });

  test('an observed code says so and links to its page', () => {
    const code = field(run(fixtures['530001-officehome-macos.txt'] ?? ''), 'errorCode');
    expect(keys(code)).toEqual(['checker.note.codeKnown', 'checker.note.codeObserved']);
    expect(code?.notes[0]?.href).toBe('/en/codes/530001/');
  });

  test('a code that is not Conditional Access says so; one without a page has no link', () => {
    const code = field(run(fixtures['50011-message-line-old-layout.txt'] ?? ''), 'errorCode');
    expect(keys(code)).toEqual(['checker.note.codeKnown', 'checker.note.codeNotCa']);
    expect(code?.notes[0]?.href).toBeUndefined();
  });

  test('an unknown code is called unknown', () => {
    expect(keys(field(run('Error Code: 53099'), 'errorCode'))).toEqual([
      'checker.note.codeUnknown',
    ]);
  });

  test('a known app id shows the app’s name; an unknown one says so', () => {
    const known = field(run(fixtures['53003-azure-cli-unregistered.txt'] ?? ''), 'appId');
    expect(known?.notes).toEqual([
      { key: 'checker.note.appKnown', params: { name: 'Microsoft Azure CLI' } },
    ]);
    const unknown = field(run('App id: 11111111-2222-3333-4444-555555555555'), 'appId');
    expect(keys(unknown)).toEqual(['checker.note.appUnknown']);
  });

  test('"Not available" with Unregistered: no device identity was sent', () => {
    const list = run(fixtures['53003-azure-cli-unregistered.txt'] ?? '');
    expect(keys(field(list, 'deviceId'))).toEqual(['checker.note.noDeviceIdentity']);
    expect(keys(field(list, 'deviceState'))).toEqual(['checker.note.state.unregistered']);
    expect(keys(field(run('Device identifier: Not available'), 'deviceId'))).toEqual([
      'checker.note.deviceIdMissing',
    ]);
  });

  test.each([
    ['Registered', 'registered'],
    ['DomainJoined', 'domainjoined'],
    ['Compliant', 'compliant'],
  ])('device state %s has its note', (value, kind) => {
    expect(keys(field(run(`Device state: ${value}`), 'deviceState'))).toEqual([
      `checker.note.state.${kind}`,
    ]);
  });

  test('the timestamp in UTC and in the reader’s zone, and its age', () => {
    const time = field(run(fixtures['53003-azure-cli-unregistered.txt'] ?? '', 'it'), 'timestamp');
    expect(time?.notes[0]?.key).toBe('checker.note.time');
    expect(time?.notes[0]?.params?.utc).toMatch(/3 settembre 2026.*13:32:53/);
    expect(time?.notes[0]?.params?.local).toMatch(/3 settembre 2026.*15:32:53/);
    // 2026-09-03 → 2026-09-10: seven days, not yet past the shortest retention.
    expect(time?.notes).toHaveLength(1);
    const old = field(run(fixtures['53003-teams-web-domainjoined.txt'] ?? ''), 'timestamp');
    expect(old?.notes[1]).toEqual({ key: 'checker.note.timeOld', params: { days: '416' } });
  });

  test('a time without a zone is not placed', () => {
    expect(keys(field(run('Timestamp: 2026-09-03T13:32:53'), 'timestamp'))).toEqual([
      'checker.note.timeNoZone',
    ]);
  });

  test('a Trace ID is shown as found, with the caveat', () => {
    const id = field(run(fixtures['synthetic-53003-msal-exception.txt'] ?? ''), 'requestId');
    expect(id?.foundAs).toBe('Trace ID');
    expect(keys(id)).toEqual(['checker.note.traceId']);
    expect(
      field(run(fixtures['53003-azure-cli-unregistered.txt'] ?? ''), 'requestId')?.foundAs,
    ).toBe(undefined);
  });

  test('formats times in the page language', () => {
    const date = new Date('2023-08-03T18:11:29Z');
    expect(formatTime(date, 'it-IT', 'UTC')).toMatch(/3 agosto 2023.*18:11:29/);
    expect(formatTime(date, 'en-GB', 'UTC')).toMatch(/3 August 2023.*18:11:29/);
    expect(formatTime(date, 'en-GB', 'America/New_York')).toMatch(/14:11:29/);
  });
});
