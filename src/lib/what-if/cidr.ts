/**
 * IP addresses and CIDR ranges as numbers (BigInt), for the location condition. IPv4 and IPv6
 * each live in their own space: an IPv4 address never falls in an IPv6 range, including the
 * IPv4-mapped form (`::ffff:203.0.113.5` is read as IPv6, which is what it is on the wire).
 */
import type { CidrRange } from './types.ts';

/** Reads a dotted-quad IPv4 address; no leading zeros (they are octal to some parsers). */
function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(?:0|[1-9]\d{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
}

/** Reads an IPv6 address, with `::` and an optional trailing IPv4 part; no zone ids. */
function parseV6(text: string): bigint | undefined {
  if (text.length > 45 || !/^[0-9a-f:.]+$/i.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string | undefined): number[] | undefined => {
    if (half === undefined || half === '') return [];
    const out: number[] = [];
    const parts = half.split(':');
    for (const [i, part] of parts.entries()) {
      if (i === parts.length - 1 && part.includes('.')) {
        const v4 = parseV4(part);
        if (v4 === undefined) return undefined;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) out.push(parseInt(part, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  if (!head || !tail) return undefined;
  const compressed = halves.length === 2;
  const count = head.length + tail.length;
  if (compressed ? count > 7 : count !== 8) return undefined;
  const all = [...head, ...Array<number>(8 - count).fill(0), ...tail];
  return all.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
}

/** An IP address as a number and its version, or `undefined` when it is not one. */
export function parseIp(text: string): { version: 4 | 6; value: bigint } | undefined {
  const t = text.trim();
  if (t.includes(':')) {
    const value = parseV6(t);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseV4(t);
  return value === undefined ? undefined : { version: 4, value };
}

/** Reads `address/prefix`; the address is masked to the network, as Entra stores it. */
export function parseCidr(text: string): CidrRange | undefined {
  const m = /^\s*([^/\s]+)\/(\d{1,3})\s*$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const ip = parseIp(m[1]);
  if (!ip) return undefined;
  const prefix = Number(m[2]);
  const bits = ip.version === 4 ? 32 : 128;
  if (prefix > bits) return undefined;
  const host = (1n << BigInt(bits - prefix)) - 1n;
  return { text: text.trim(), version: ip.version, network: ip.value & ~host, prefix };
}

/** Whether `ip` falls in `range`. */
export function cidrContains(range: CidrRange, ip: { version: 4 | 6; value: bigint }): boolean {
  if (range.version !== ip.version) return false;
  const bits = range.version === 4 ? 32 : 128;
  return ip.value >> BigInt(bits - range.prefix) === range.network >> BigInt(bits - range.prefix);
}
