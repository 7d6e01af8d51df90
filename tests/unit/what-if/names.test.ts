/**
 * Names for ids: the data files are well formed and sourced, built-in names cannot be renamed
 * by a paste, pasted maps are read in the shapes admins have, and Office 365 membership follows
 * Learn's list by name.
 */
import { describe, expect, test } from 'vitest';
import { messages } from './helpers';
import knownApps from '../../../src/data/apps.json';
import office365 from '../../../src/data/office365-apps.json';
import tables from '../../../src/data/what-if-names.json';
import { office365Member } from '../../../src/lib/what-if/apps';
import { sentence } from '../../../src/lib/what-if/explain';
import { builtInNames, labelText, nameBook, parseNameMap } from '../../../src/lib/what-if/names';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('data files', () => {
  test('every id is a lower-case GUID with a name, listed once across the app tables', () => {
    const ids = [...tables.roles, ...tables.apps, ...knownApps].map((x) => x.id);
    for (const x of [...tables.roles, ...tables.apps]) {
      expect(x.id).toMatch(GUID);
      expect(x.name.trim().length).toBeGreaterThan(1);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of tables.apps) expect(Object.keys(tables.sources)).toContain(a.source);
  });
  test('sources: Learn first, with the commit the list was read at', () => {
    expect(tables.sources.roles.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(office365.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    expect(office365.source.repository).toMatch(/@ [0-9a-f]{40}$/);
    expect(tables.roles.length).toBeGreaterThan(100);
    expect(new Set(office365.names).size).toBe(office365.names.length);
  });
});

describe('names', () => {
  test('built-in roles and apps by name; a paste cannot rename them', () => {
    expect(builtInNames.get('62E90394-69F5-4237-9190-012177145E10')?.name).toBe(
      'Global Administrator',
    );
    expect(builtInNames.get('499b84ac-1321-427f-aa17-267ca6975798')?.name).toBe('Azure DevOps');
    const book = nameBook(
      new Map([
        ['62e90394-69f5-4237-9190-012177145e10', 'Not the GA'],
        ['11111111-2222-4333-8444-555555555555', 'Finance'],
      ]),
    );
    expect(book.get('62e90394-69f5-4237-9190-012177145e10')?.name).toBe('Global Administrator');
    expect(book.get('11111111-2222-4333-8444-555555555555')).toEqual({
      name: 'Finance',
      source: 'pasted',
    });
    expect(book.pastedCount).toBe(2);
  });

  test('sentences show names beside ids, in both languages', () => {
    const reason = {
      key: 'users.included.role',
      params: { target: '62e90394-69f5-4237-9190-012177145e10' },
    };
    expect(sentence(reason, messages.en, builtInNames).text).toBe(
      'You hold the included directory role Global Administrator (62e90394…).',
    );
    expect(sentence(reason, messages.it, builtInNames).text).toContain(
      'Global Administrator (62e90394…)',
    );
    expect(labelText('a 11111111-2222-4333-8444-555555555555 b', builtInNames)).toBe(
      'a 11111111-2222-4333-8444-555555555555 b',
    );
  });

  const G1 = '11111111-2222-4333-8444-555555555555';
  const G2 = '22222222-2222-4333-8444-555555555555';
  test.each([
    [
      'Get-MgGroup | ConvertTo-Json',
      JSON.stringify([
        { Id: G1, DisplayName: 'Finance' },
        { Id: G2, DisplayName: 'Break glass', Mail: null },
      ]),
      'json',
    ],
    [
      'a Graph page',
      JSON.stringify({
        value: [
          { id: G1, displayName: 'Finance' },
          { id: G2, displayName: 'Break glass' },
        ],
      }),
      'json',
    ],
    ['an object map', JSON.stringify({ [G1]: 'Finance', [G2]: 'Break glass' }), 'json'],
    [
      'a CSV export',
      `"Id","DisplayName","Mail"\n"${G1}","Finance",""\n${G2};x\n"${G2}","Break glass",""`,
      'csv',
    ],
    ['a semicolon CSV', `Id;DisplayName\n${G1};Finance\n${G2};Break glass`, 'csv'],
    ['plain lines', `${G1}  Finance\n${G2} = Break glass\nnot a line`, 'lines'],
    ['name first', `Finance,${G1}\nBreak glass\t${G2}`, 'lines'],
  ])('%s', (_n, text, format) => {
    const r = parseNameMap(text);
    expect(r.format).toBe(format);
    expect(r.names.get(G1)).toBe('Finance');
    expect(r.names.get(G2)).toBe('Break glass');
  });
  test('nothing usable', () => {
    expect(parseNameMap('').format).toBe('empty');
    expect(parseNameMap('hello\nworld').names.size).toBe(0);
    expect(parseNameMap('hello\nworld').skipped).toBe(2);
  });
});

describe('Office 365 by Learn’s list', () => {
  test.each([
    ['Exchange Online', '00000002-0000-0ff1-ce00-000000000000', 'yes'],
    ['SharePoint Online', '00000003-0000-0ff1-ce00-000000000000', 'yes'],
    ['Microsoft Teams', '1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'yes'],
    ['Viva Engage ("formerly Yammer" in our name)', '00000005-0000-0ff1-ce00-000000000000', 'yes'],
    ['Microsoft Forms', 'c9a559d2-7aab-4f13-a6ed-e7e9c52aec87', 'yes'],
    ['Azure DevOps', '499b84ac-1321-427f-aa17-267ca6975798', 'no'],
    ['the Azure portal', 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'no'],
    ['Microsoft Graph', '00000003-0000-0000-c000-000000000000', 'no'],
    ['Azure Virtual Desktop', '9cdead84-a844-4324-93f2-b2e6bb768d07', 'no'],
    ['an app nobody named', '99999999-0000-4000-8000-000000000000', 'unknown'],
  ])('%s', (_n, id, expected) => {
    expect(office365Member(id)).toBe(expected);
  });
  test('a pasted name decides an app the tables do not know', () => {
    const id = '99999999-0000-4000-8000-000000000000';
    expect(office365Member(id, nameBook(new Map([[id, 'Microsoft Planner']])))).toBe('yes');
    expect(office365Member(id, nameBook(new Map([[id, 'Contoso HR']])))).toBe('no');
  });
});
