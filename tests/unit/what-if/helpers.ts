import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  normaliseNamedLocations,
  normalisePolicies,
  normaliseScenario,
} from '../../../src/lib/what-if/input';
import { messagesFrom, type Messages } from '../../../src/lib/what-if/messages';
import type { DeviceInfo, NamedLocation, Policy, Scenario } from '../../../src/lib/what-if/types';
import { localeKeys, type Locale } from '../../../config/locales';

const dir = join(import.meta.dirname, 'fixtures');

/** A fixture file's text. */
export function fixtureText(name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { key: string } }): T {
  if (!r.ok) throw new Error(`fixture did not parse: ${r.error.key}`);
  return r.value;
}

export const fixturePolicies = (): Policy[] =>
  ok(normalisePolicies(JSON.parse(fixtureText('policies.json')) as unknown));
export const fixtureLocations = (): NamedLocation[] =>
  ok(normaliseNamedLocations(JSON.parse(fixtureText('named-locations.json')) as unknown));

/** A scenario from a What If body (as an object), failing the test if it does not read. */
export function scenario(body: unknown): Scenario {
  return ok(normaliseScenario(body));
}

/** A policy from a Graph-shaped object (defaults: enabled, All users, All resources, Block). */
export function policy(
  overrides: Record<string, unknown> = {},
  conditions: Record<string, unknown> = {},
): Policy {
  const raw = {
    id: 'p',
    displayName: 'Test policy',
    state: 'enabled',
    grantControls: { operator: 'OR', builtInControls: ['block'] },
    ...overrides,
    conditions: {
      users: { includeUsers: ['All'] },
      applications: { includeApplications: ['All'] },
      clientAppTypes: ['all'],
      ...conditions,
    },
  };
  const r = normalisePolicies(raw);
  const first = r.ok ? r.value[0] : undefined;
  if (!first) throw new Error('test policy did not parse');
  return first;
}

/** A registered device with the given properties. */
export function device(props: Partial<DeviceInfo> = {}): DeviceInfo {
  return { extensionAttributes: {}, ...props };
}

/** A plain user scenario: user u1, resource Exchange Online, nothing else known. */
export function baseScenario(extra: Partial<Scenario> = {}): Scenario {
  return {
    identity: { kind: 'user', userId: 'u1' },
    context: { kind: 'application', applications: ['00000002-0000-0ff1-ce00-000000000000'] },
    directory: {},
    ...extra,
  };
}

/** The engine's sentences of each site language, from its interface strings. */
export const messages = Object.fromEntries(
  localeKeys.map((locale) => [
    locale,
    messagesFrom(
      JSON.parse(
        readFileSync(join(import.meta.dirname, `../../../src/content/i18n/${locale}.json`), 'utf8'),
      ) as Record<string, unknown>,
    ),
  ]),
) as Record<Locale, Messages>;
