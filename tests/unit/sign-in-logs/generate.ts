/**
 * Generates sign-in records in Graph beta's shape, deterministically (seeded), for the 100,000
 * record test and the benchmark (`scripts/bench-sign-in-logs.mjs`). Along with the records it
 * returns what a correct summary must find, counted while generating, so a test can compare the
 * tool's answer with an independent one.
 */
import { prng } from '../../../scripts/lib/prng.ts';

/** A GUID-shaped id from a counter and a prefix digit: readable and unique. */
export function guid(prefix: string, n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `${prefix.repeat(8).slice(0, 8)}-0000-4000-8000-${hex}`;
}

/** The blocking policies the generator uses, with the share of blocks each takes. */
export const generatedBlockingPolicies = [
  'CA010-Admins-AzureManagement-Block unmanaged devices',
  'CA030-AllUsers-Block outside allowed countries',
  'CA031-Guests-Block all but Teams',
  'CA040-AllUsers-Block legacy authentication',
  'CA050-Contractors-Block = formula test',
] as const;

/** What the summary of a generated file must say. */
export interface GeneratedExpectation {
  total: number;
  blocked: number;
  /** 53003 sign-ins per blocking policy name. */
  perPolicy: Record<string, number>;
  /** Sign-ins where the report-only policy would have failed. */
  reportOnlyFailures: number;
}

const apps = [
  ['04b07795-8ddb-461a-bbee-02f9e1bf7b46', 'Microsoft Azure CLI'],
  ['1fec8e78-bce4-4aaf-ab1b-5451cc387264', 'Microsoft Teams'],
  ['d3590ed6-52b3-4102-aeff-aad2292ab01c', 'Microsoft Office'],
  ['c44b4083-3bb0-49c1-b47d-974e53cbdf3c', 'Azure Portal'],
] as const;
const resources = [
  ['797f4846-ba00-4fd7-ba43-dac1f8f63013', 'Windows Azure Service Management API'],
  ['00000003-0000-0000-c000-000000000000', 'Microsoft Graph'],
  ['00000002-0000-0ff1-ce00-000000000000', 'Office 365 Exchange Online'],
] as const;
const countries = [
  ['IT', 'Milano', 'Lombardia'],
  ['IT', 'Roma', 'Lazio'],
  ['FR', 'Paris', 'Paris'],
  ['BR', 'São Paulo', 'São Paulo'],
  ['US', 'Seattle', 'Washington'],
] as const;
const systems = ['Windows10', 'MacOs', 'Ios', 'Android', 'Linux'] as const;
const trust = ['', 'Azure AD joined', 'Azure AD registered', 'Hybrid Azure AD joined'] as const;

/** Picks one element. */
function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Generates `n` Graph beta sign-ins spread over 14 days, and what their summary must say. */
export function generateSignIns(
  n: number,
  seed = 53003,
): { records: Record<string, unknown>[]; expected: GeneratedExpectation } {
  const random = prng(seed);
  const start = Date.UTC(2026, 10, 10);
  const span = 14 * 24 * 3600 * 1000;
  const users = Math.max(10, Math.floor(n / 20));
  const expected: GeneratedExpectation = {
    total: n,
    blocked: 0,
    perPolicy: Object.fromEntries(generatedBlockingPolicies.map((p) => [p, 0])),
    reportOnlyFailures: 0,
  };
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const roll = random();
    const [appId, appName] = pick(apps, random);
    const [resourceId, resourceName] = pick(resources, random);
    const [country, city, state] = pick(countries, random);
    const user = Math.floor(random() * users);
    const policies: Record<string, unknown>[] = [];
    let errorCode = 0;
    let failureReason = 'Other.';
    if (roll < 0.3) {
      errorCode = 53003;
      failureReason =
        'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.';
      const name = pick(generatedBlockingPolicies, random);
      expected.blocked++;
      expected.perPolicy[name] = (expected.perPolicy[name] ?? 0) + 1;
      policies.push({
        id: guid('1', generatedBlockingPolicies.indexOf(name)),
        displayName: name,
        // Both spellings occur: the exact string is unconfirmed.
        enforcedGrantControls: [random() < 0.5 ? 'Block' : 'block'],
        enforcedSessionControls: [],
        result: 'failure',
        conditionsSatisfied: 'application,users',
        conditionsNotSatisfied: 'none',
        includeRulesSatisfied: [
          { conditionalAccessCondition: 'application', ruleSatisfied: 'allApps' },
          { conditionalAccessCondition: 'users', ruleSatisfied: 'groupId' },
        ],
        excludeRulesSatisfied: [],
      });
    } else if (roll < 0.35) {
      errorCode = 53000;
      failureReason = 'Device is not in required device state: compliant.';
      policies.push({
        id: guid('2', 0),
        displayName: 'CA060-AllUsers-Require compliant device',
        enforcedGrantControls: ['RequireCompliantDevice'],
        enforcedSessionControls: [],
        result: 'failure',
      });
    } else if (roll < 0.4) {
      errorCode = 50076;
      failureReason = 'Due to a configuration change made by your administrator…';
    }
    const reportOnlyFails = random() < 0.2;
    if (reportOnlyFails) expected.reportOnlyFailures++;
    policies.push({
      id: guid('3', 0),
      displayName: 'CA090-AllUsers-Block Linux (report-only)',
      enforcedGrantControls: ['Block'],
      enforcedSessionControls: [],
      result: reportOnlyFails ? 'reportOnlyFailure' : 'reportOnlyNotApplied',
    });
    records.push({
      id: guid('a', i),
      createdDateTime: new Date(start + Math.floor(random() * span)).toISOString(),
      userDisplayName: `User ${user}`,
      userPrincipalName: `user${user}@contoso.com`,
      userId: guid('b', user),
      appId,
      appDisplayName: appName,
      resourceId,
      resourceDisplayName: resourceName,
      ipAddress: `203.0.113.${i % 250}`,
      clientAppUsed: random() < 0.7 ? 'Browser' : 'Mobile Apps and Desktop clients',
      correlationId: guid('c', Math.floor(i / 2)),
      conditionalAccessStatus: errorCode ? 'failure' : 'success',
      isInteractive: true,
      status: { errorCode, failureReason: errorCode ? failureReason : 'Other.' },
      deviceDetail: {
        deviceId: '',
        displayName: '',
        operatingSystem: pick(systems, random),
        browser: 'Edge 140.0.0',
        isCompliant: random() < 0.5,
        isManaged: random() < 0.5,
        trustType: pick(trust, random),
      },
      location: { city, state, countryOrRegion: country },
      appliedConditionalAccessPolicies: policies,
    });
  }
  return { records, expected };
}

/** Wraps records in a Graph beta response, as `GET /beta/auditLogs/signIns` returns them. */
export function asGraphResponse(records: unknown[]): string {
  return JSON.stringify({
    '@odata.context': 'https://graph.microsoft.com/beta/$metadata#auditLogs/signIns',
    value: records,
  });
}
