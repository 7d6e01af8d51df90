/**
 * A wrong file never gets a verdict: each box refuses what is not its kind, with a sentence that
 * says what the text looks like. The sign-in log files are the sign-in log reader's own fixtures
 * (real Graph and portal shapes), the named locations and policies are the real sets'.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { messages } from './helpers';
import { decodeBytes } from '../../../src/lib/what-if/decode';
import { readDocuments } from '../../../src/lib/what-if/documents';
import { sentence } from '../../../src/lib/what-if/explain';
import { readLocations, readPolicies } from '../../../src/lib/what-if/sets';
import { readSources } from '../../../src/lib/what-if/sources';
import { readShareFragment, toBase64Url } from '../../../src/lib/what-if/share';

const signins = join(import.meta.dirname, '..', 'sign-in-logs', 'fixtures');
const real = join(import.meta.dirname, 'fixtures', 'real-world');
const read = (path: string) => readFileSync(path, 'utf8');

describe('the policies box refuses what is not policies, and says what it is', () => {
  test.each([
    ['a Graph v1.0 sign-in log', read(join(signins, 'graph-v1.json')), 'shape.signIn.policy'],
    ['a Graph beta sign-in log', read(join(signins, 'graph-beta.json')), 'shape.signIn.policy'],
    ['a portal sign-in download', read(join(signins, 'portal.json')), 'shape.signIn.policy'],
    [
      'named locations',
      read(join(real, 'j0eyv-baseline', 'locations.json')),
      'shape.location.policy',
    ],
    [
      'a What If request body',
      '{"signInIdentity": {"userId": "u"}, "signInContext": {"includeApplications": ["x"]}}',
      'shape.scenario.policy',
    ],
    ['an unrelated object', '{"name": "x", "version": 2}', 'shape.other'],
    ['a list of numbers', '[1, 2, 3]', 'shape.scalars'],
    ['an empty Graph page', '{"value": []}', 'shape.empty'],
    ['a CSV export', read(join(signins, 'portal-2024.csv')), 'input.notJson'],
    ['HTML', '<html><body>policies</body></html>', 'input.notJson'],
  ])('%s', (_name, text, key) => {
    const r = readPolicies(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.key).toBe(key);
    for (const locale of ['en', 'it'] as const)
      expect(sentence(r.error, messages[locale]).text).not.toMatch(/\{\w+\}|^shape\.|^input\./);
  });

  test('the sentence gives the count and what to do', () => {
    const r = readPolicies(read(join(signins, 'graph-v1.json')));
    expect(!r.ok && sentence(r.error, messages.en).text).toMatch(/sign-in log \(sign-ins: \d+\)/);
  });

  test('policies in the named-locations box are refused too', () => {
    const r = readLocations(read(join(real, 'graph2otel-live', 'policies.json')));
    expect(!r.ok && r.error.key).toBe('shape.policy.location');
  });

  test('a paste mixing policies and other things keeps the policies and says what was left out', () => {
    const policy = { id: 'p', state: 'enabled', conditions: {}, grantControls: {} };
    const r = readPolicies(JSON.stringify([policy, { ipRanges: [], id: 'l' }, { foo: 1 }]));
    expect(r.ok && r.value.map((p) => p.id)).toEqual(['p']);
    expect(r.warnings.map((w) => w.params.kind)).toEqual(['location', 'other']);
  });
});

describe('two files pasted one after the other', () => {
  const a = { id: 'a', state: 'enabled', conditions: {} };
  const b = { id: 'b', state: 'enabled', conditions: {} };
  test.each([
    ['objects', `${JSON.stringify(a, null, 2)}\n${JSON.stringify(b, null, 2)}`],
    ['objects with a comma', `${JSON.stringify(a)},\n${JSON.stringify(b)}`],
    ['arrays', `[${JSON.stringify(a)}]\n[${JSON.stringify(b)}]`],
  ])('%s', (_n, text) => {
    const r = readPolicies(text);
    expect(r.ok && r.value.map((p) => p.id)).toEqual(['a', 'b']);
  });
  test('an error inside the second document is placed in the whole text', () => {
    const r = readDocuments(`${JSON.stringify(a)}\n{"id": "b",\n "state": }`);
    expect(!r.ok && r.error).toMatchObject({ key: 'input.jsonSyntax', line: 3 });
  });
});

describe('files: encodings, archives, pictures', () => {
  const policy = { id: 'x', displayName: 'Ü', state: 'enabled', conditions: {} };
  const json = JSON.stringify(policy);
  const utf16 = (s: string, le: boolean, bom: boolean) => {
    const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
    if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[(bom ? 2 : 0) + 2 * i] = le ? c & 0xff : c >> 8;
      out[(bom ? 2 : 0) + 2 * i + 1] = le ? c >> 8 : c & 0xff;
    }
    return out;
  };
  test.each([
    ['UTF-8', new TextEncoder().encode(json)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(json)])],
    ['UTF-16 LE with BOM', utf16(json, true, true)],
    ['UTF-16 BE with BOM', utf16(json, false, true)],
    ['UTF-16 LE without BOM', utf16(json, true, false)],
  ])('%s', (_n, bytes) => {
    const d = decodeBytes(bytes);
    expect(d.ok && JSON.parse(d.text)).toEqual(policy);
  });

  test('a ZIP of a folder is read like the folder; a picture and a PDF are named, not read', () => {
    const zip = zipSync({
      'export/ConditionalAccess/a.json': new TextEncoder().encode(json),
      'export/NamedLocations/l.json': new TextEncoder().encode(
        '{"id": "l", "displayName": "Office", "ipRanges": [{"cidrAddress": "192.0.2.0/24"}]}',
      ),
      '__MACOSX/export/._a.json': new Uint8Array([0, 1, 2]),
    });
    const r = readSources([
      { name: 'export.zip', bytes: zip },
      {
        name: 'shot.png',
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      },
      { name: 'doc.pdf', bytes: new TextEncoder().encode('%PDF-1.7 ...') },
    ]);
    expect(r.policies).toHaveLength(1);
    expect(r.locations).toHaveLength(1);
    expect(r.files.map((f) => [f.name, f.status, f.notes[0]?.key])).toEqual([
      ['doc.pdf', 'skipped', 'file.pdf'],
      ['shot.png', 'skipped', 'file.image'],
      ['export.zip/export/ConditionalAccess/a.json', 'read', undefined],
      ['export.zip/export/NamedLocations/l.json', 'read', undefined],
    ]);
  });

  test('a file that is a sign-in log is skipped with the sentence', () => {
    const r = readSources([
      { name: 'signins.json', bytes: new Uint8Array(readFileSync(join(signins, 'graph-v1.json'))) },
    ]);
    expect(r.policies).toEqual([]);
    expect(r.files[0]).toMatchObject({
      status: 'skipped',
      notes: [{ key: 'shape.signIn.policy' }],
    });
  });
});

describe('damaged links are named, never a verdict', () => {
  test.each([
    ['not base64url', '#wi=%%%'],
    ['empty', '#wi='],
    ['not deflate', `#wi=${toBase64Url(new TextEncoder().encode('hello'))}`],
    [
      'deflate of text that is not JSON',
      `#wi=${toBase64Url(deflateSync(new TextEncoder().encode('hello')))}`,
    ],
    ['deflate of a JSON list', `#wi=${toBase64Url(deflateSync(new TextEncoder().encode('[1]')))}`],
  ])('%s', async (_n, hash) => {
    const r = await readShareFragment(hash);
    expect(!r.ok && r.error.key).toBe('fragment.damaged');
  });
  test('a decompression bomb stops at the limit', async () => {
    const bomb = deflateSync(new Uint8Array(30_000_000).fill(32));
    const r = await readShareFragment(`#wi=${toBase64Url(bomb)}`);
    expect(!r.ok && r.error.key).toBe('fragment.tooLarge');
  });
});
