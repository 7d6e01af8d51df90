/**
 * The What If engine's figure for the benchmark: the time to evaluate one sign-in against 200
 * generated policies (a large tenant), using every condition type, named locations and device
 * filters, as the page does on each change.
 *
 * Run: `node scripts/bench-what-if.ts` (Node ≥ 22.18 runs TypeScript directly). Prints JSON.
 */
import { fileURLToPath } from 'node:url';
import { evaluate } from '../src/lib/what-if/engine.ts';
import {
  normaliseNamedLocations,
  normalisePolicies,
  normaliseScenario,
} from '../src/lib/what-if/input.ts';

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const rules = [
  'device.extensionAttribute1 -eq "SAW"',
  '(device.trustType -eq "ServerAD" -or device.isCompliant -eq "True") -and -not device.model -startsWith "VM"',
  'device.operatingSystem -in ["Windows", "macOS"] -and device.operatingSystemVersion -notStartsWith "6."',
  'device.displayName -match "^LAP-[0-9]+$" -or device.systemLabels -contains "M365Managed"',
];

/** A policy of each common shape, numbered `i`. */
function generated(i: number): unknown {
  const conditions: Record<string, unknown> = {
    users: {
      includeUsers: i % 7 ? ['All'] : [],
      includeGroups: i % 7 ? [] : [`g${i}`],
      excludeUsers: ['breakglass'],
      excludeGroups: [`x${i % 5}`],
    },
    applications: {
      includeApplications: i % 3 ? ['All'] : ['Office365'],
      excludeApplications: i % 4 ? [] : ['00000003-0000-0ff1-ce00-000000000000'],
    },
    clientAppTypes: i % 6 ? ['all'] : ['exchangeActiveSync', 'other'],
    locations:
      i % 2
        ? { includeLocations: ['All'], excludeLocations: ['AllTrusted', `loc${i % 20}`] }
        : null,
    platforms: i % 5 ? null : { includePlatforms: ['all'], excludePlatforms: ['windows', 'macOS'] },
    signInRiskLevels: i % 8 ? [] : ['high', 'medium'],
    devices:
      i % 3
        ? null
        : { deviceFilter: { mode: i % 2 ? 'exclude' : 'include', rule: rules[i % rules.length] } },
    authenticationFlows: i % 9 ? null : { transferMethods: 'deviceCodeFlow' },
  };
  return {
    id: `policy-${i}`,
    displayName: `Generated ${i}`,
    state: i % 10 ? 'enabled' : 'enabledForReportingButNotEnforced',
    conditions,
    grantControls: {
      operator: 'OR',
      builtInControls: i % 4 ? ['mfa', 'compliantDevice'] : ['block'],
    },
  };
}

/** The figures. `runs` evaluations after a warm-up. */
export function benchWhatIf(runs = 300) {
  const policies = normalisePolicies(Array.from({ length: 200 }, (_, i) => generated(i)));
  const locations = normaliseNamedLocations(
    Array.from({ length: 20 }, (_, i) => ({
      '@odata.type': '#microsoft.graph.ipNamedLocation',
      id: `loc${i}`,
      displayName: `Office ${i}`,
      isTrusted: i % 2 === 0,
      ipRanges: Array.from({ length: 50 }, (_, j) => ({ cidrAddress: `10.${i}.${j}.0/24` })),
    })),
  );
  const scenario = normaliseScenario({
    signInIdentity: { userId: 'u1' },
    signInContext: { includeApplications: ['00000002-0000-0ff1-ce00-000000000000'] },
    signInConditions: {
      devicePlatform: 'windows',
      clientAppType: 'browser',
      ipAddress: '192.0.2.10',
      country: 'IT',
      signInRiskLevel: 'low',
      authenticationFlow: { transferMethod: 'none' },
      deviceInfo: {
        trustType: 'AzureAD',
        isCompliant: true,
        displayName: 'LAP-123',
        model: 'Surface',
        operatingSystem: 'Windows',
        operatingSystemVersion: '10.0.22631',
        systemLabels: [],
        extensionAttribute1: 'SAW',
        mdmAppId: '0000000a-0000-0000-c000-000000000000',
      },
    },
    directory: { groupIds: ['g7', 'x1'], roleTemplateIds: [] },
  });
  if (!policies.ok || !locations.ok || !scenario.ok) throw new Error('bench inputs did not parse');
  const input = { policies: policies.value, locations: locations.value, scenario: scenario.value };
  for (let i = 0; i < 30; i++) evaluate(input);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    evaluate(input);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    policies: 200,
    runs,
    medianMs: Number(median(times).toFixed(3)),
    p95Ms: Number((sorted[Math.floor(sorted.length * 0.95)] ?? 0).toFixed(3)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(JSON.stringify(benchWhatIf(), null, 2));
