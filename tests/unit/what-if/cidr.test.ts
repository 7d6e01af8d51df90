import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cidrContains, parseCidr, parseIp } from '../../../src/lib/what-if/cidr';

describe('addresses', () => {
  test.each([
    ['203.0.113.5', 4, 0xcb007105n],
    ['0.0.0.0', 4, 0n],
    ['255.255.255.255', 4, 0xffffffffn],
    ['::', 6, 0n],
    ['::1', 6, 1n],
    ['2001:db8::1', 6, 0x20010db8000000000000000000000001n],
    ['2001:DB8:0:0:0:0:0:1', 6, 0x20010db8000000000000000000000001n],
    ['::ffff:203.0.113.5', 6, 0xffffcb007105n],
  ] as const)('%s', (text, version, value) => {
    expect(parseIp(text)).toEqual({ version, value });
  });
  test.each([
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1.2.3.4.5',
    '2001:db8::1::2',
    '1:2:3:4:5:6:7:8:9',
    'g::1',
    '',
    'abc',
    '1.2.3.4/24',
    '::ffff:1.2.3.256',
  ])('%j is not an address', (text) => {
    expect(parseIp(text)).toBeUndefined();
  });
});

describe('ranges', () => {
  test.each([
    ['203.0.113.0/24', '203.0.113.255', true],
    ['203.0.113.0/24', '203.0.114.0', false],
    ['203.0.113.77/24', '203.0.113.1', true],
    ['10.0.0.0/8', '10.255.1.1', true],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['198.51.100.7/32', '198.51.100.7', true],
    ['198.51.100.7/32', '198.51.100.8', false],
    ['2001:db8:1234::/48', '2001:db8:1234:ffff::1', true],
    ['2001:db8:1234::/48', '2001:db8:1235::1', false],
    ['2001:db8::/32', '203.0.113.5', false],
    ['203.0.113.0/24', '::ffff:203.0.113.5', false],
  ] as const)('%s contains %s: %s', (range, ip, expected) => {
    const r = parseCidr(range);
    const a = parseIp(ip);
    expect(r && a && cidrContains(r, a)).toBe(expected);
  });
  test.each(['1.2.3.4/33', '::/129', '1.2.3.4', '1.2.3.4/', 'x/8'])('%j is not a range', (t) => {
    expect(parseCidr(t)).toBeUndefined();
  });
});

/** The reference: compare the first `prefix` bits of two fixed-width binary strings. */
function referenceContains(bits: number, net: bigint, prefix: number, ip: bigint): boolean {
  const a = net.toString(2).padStart(bits, '0');
  const b = ip.toString(2).padStart(bits, '0');
  return a.slice(0, prefix) === b.slice(0, prefix);
}

const v4 = (n: bigint) => [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
const v6 = (n: bigint) =>
  Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16)).join(
    ':',
  );

describe('properties against a reference over BigInt', () => {
  test('IPv4', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 2n ** 32n - 1n),
        fc.bigInt(0n, 2n ** 32n - 1n),
        fc.integer({ min: 0, max: 32 }),
        (net, ip, prefix) => {
          const range = parseCidr(`${v4(net)}/${prefix}`);
          const addr = parseIp(v4(ip));
          expect(range && addr && cidrContains(range, addr)).toBe(
            referenceContains(32, net, prefix, ip),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('IPv6 (with bits shared to make matches likely)', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 2n ** 128n - 1n),
        fc.bigInt(0n, 2n ** 128n - 1n),
        fc.integer({ min: 0, max: 128 }),
        fc.integer({ min: 0, max: 128 }),
        (net, noise, prefix, keep) => {
          const mask = keep === 128 ? 0n : (1n << BigInt(128 - keep)) - 1n;
          const ip = (net & ~mask) | (noise & mask);
          const range = parseCidr(`${v6(net)}/${prefix}`);
          const addr = parseIp(v6(ip));
          expect(range && addr && cidrContains(range, addr)).toBe(
            referenceContains(128, net, prefix, ip),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('compressed IPv6 text reads like the full form', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 2n ** 128n - 1n),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 8 }),
        (n, start, len) => {
          const groups = Array.from({ length: 8 }, (_, i) =>
            ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16),
          );
          const end = Math.min(8, start + len);
          for (let i = start; i < end; i++) groups[i] = '0';
          const full = groups.join(':');
          const short = `${groups.slice(0, start).join(':')}::${groups.slice(end).join(':')}`;
          expect(parseIp(short)).toEqual(parseIp(full));
        },
      ),
    );
  });
});
