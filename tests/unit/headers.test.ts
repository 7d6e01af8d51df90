import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cacheControl, securityHeaders } from '../../config/headers';

/**
 * The response headers are written once (config/headers.ts); the two files that hand them to a
 * host must say exactly the same: public/_headers (Cloudflare Pages, Netlify) and the sample
 * deploy/nginx.conf.
 */
const expected = Object.entries(securityHeaders).sort();
const security = (headers: [string, string][]) =>
  headers.filter(([name]) => name in securityHeaders).sort();

describe('public/_headers', () => {
  // Blocks: a path line, then indented `Name: value` lines.
  const blocks = new Map<string, [string, string][]>();
  let path = '';
  for (const line of readFileSync('public/_headers', 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) blocks.set((path = line.trim()), []);
    else {
      const at = line.indexOf(':');
      blocks.get(path)?.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }

  test('sends the security headers on every path, and nothing else there', () => {
    expect(blocks.get('/*')?.sort()).toEqual(expected);
  });
  test.each(Object.entries(cacheControl))('caches %s as written', (prefix, value) => {
    expect(blocks.get(`${prefix}*`)).toEqual([['Cache-Control', value]]);
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readFileSync('deploy/nginx.conf', 'utf8');
  const headersOf = (block: string): [string, string][] =>
    [...block.matchAll(/^\s*add_header\s+([\w-]+)\s+"([^"]*)"\s+always;/gm)].map(
      ([, name = '', value = '']) => [name, value],
    );
  // The server's own headers, then each location's (add_header there replaces the server's).
  const locations = [...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map(
    ([, where = '', body = '']) => [where, headersOf(body)] as const,
  );
  const server = conf.replace(/location\s+\S+\s*\{[^}]*\}/g, '');

  test('sends the security headers at server level and again in every location', () => {
    expect(locations.length).toBeGreaterThan(1);
    expect(security(headersOf(server))).toEqual(expected);
    for (const [where, headers] of locations) expect(security(headers), where).toEqual(expected);
  });
  test('caches hashed assets for a year and makes everything else revalidate', () => {
    const cache = Object.fromEntries(
      locations.map(([where, headers]) => [
        where,
        headers.find(([name]) => name === 'Cache-Control')?.[1],
      ]),
    );
    expect(cache['/_astro/']).toBe(cacheControl['/_astro/']);
    expect(cache['/']).toBe(cacheControl['/data/']);
    expect(cacheControl['/pagefind/']).toBe(cacheControl['/data/']);
  });
});
