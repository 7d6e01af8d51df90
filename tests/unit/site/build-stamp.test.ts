import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFingerprint } from '../../../src/integrations/build-stamp';
import { siteAddressProblem } from '../../../src/integrations/site-address';

describe('the fingerprint npm start compares with the last build', () => {
  const root = mkdtempSync(join(tmpdir(), 'kb-stamp-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('src/content/docs/it/index.mdx', 'ciao');
  write('config/site.ts', 'export {}');
  write('public/favicon.svg', '<svg/>');
  write('package-lock.json', '{}');
  write('astro.config.ts', 'export default {}');
  const env = { SITE_URL: 'https://kb.example.com' };
  const first = buildFingerprint(root, env);

  test('is stable while nothing changes', () => {
    expect(buildFingerprint(root, env)).toBe(first);
  });

  test.each([
    ['a page', 'src/content/docs/it/index.mdx'],
    ['the configuration', 'config/site.ts'],
    ['a public file', 'public/favicon.svg'],
    ['the lockfile', 'package-lock.json'],
    ['the Astro configuration', 'astro.config.ts'],
  ])('changes with %s', (_, path) => {
    write(path, 'changed');
    const changed = buildFingerprint(root, env);
    expect(changed).not.toBe(first);
  });

  test('changes with a new file, and with SITE_URL or the feedback address', () => {
    const before = buildFingerprint(root, env);
    write('src/new.ts', '');
    const withFile = buildFingerprint(root, env);
    expect(withFile).not.toBe(before);
    expect(buildFingerprint(root, { SITE_URL: 'https://other.example.com' })).not.toBe(withFile);
    expect(buildFingerprint(root, { ...env, FEEDBACK_EMAIL: 'kb@example.com' })).not.toBe(withFile);
    // Variables the build does not read do not count.
    expect(buildFingerprint(root, { ...env, TERM: 'dumb' })).toBe(withFile);
  });
});

describe('the build’s warning about the site address', () => {
  test.each([
    ['https://errore53003.example.org', true, /SITE_URL is not set/],
    ['https://kb.example.com', false, undefined],
    ['http://localhost:4321', false, undefined],
    ['kb.example.com', false, /not an address/],
    ['ftp://kb.example.com', false, /https/],
    ['https://example.com/kb', false, /has a path/],
  ] as const)('%s', (address, placeholder, expected) => {
    const problem = siteAddressProblem(address, placeholder);
    if (expected) expect(problem).toMatch(expected);
    else expect(problem).toBeUndefined();
  });
});
