/**
 * The What If engine's figures for the benchmark: the time to evaluate 100 different sign-ins
 * (users, groups, apps, platforms, client apps, networks, risks, flows, devices) against 200
 * generated policies (a large tenant) that use every condition type, named locations of each
 * kind and device filters; and, as before, one sign-in on its own, as the page does on each
 * change.
 *
 * Run: `npm run bench:what-if` (Node ≥ 22.18 runs TypeScript directly). Prints JSON.
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
        ? {
            includeLocations: ['All'],
            excludeLocations: ['AllTrusted', `loc${i % 20}`, i % 3 ? 'countries' : 'gsa'],
          }
        : null,
    platforms: i % 5 ? null : { includePlatforms: ['all'], excludePlatforms: ['windows', 'macOS'] },
    signInRiskLevels: i % 8 ? [] : ['high', 'medium'],
    devices:
      i % 3
        ? null
        : { deviceFilter: { mode: i % 2 ? 'exclude' : 'include', rule: rules[i % rules.length] } },
    authenticationFlows: i % 9 ? null : { transferMethods: 'deviceCodeFlow' },
    userRiskLevels: i % 11 ? [] : ['high'],
    insiderRiskLevels: i % 13 ? null : 'elevated',
    agents: i % 17 ? null : { includeAgentUsers: ['All'] },
  };
  if (i % 5 === 4)
    Object.assign(conditions.users as object, {
      includeRoles: ['62e90394-69f5-4237-9190-012177145e10'],
      includeGuestsOrExternalUsers: {
        guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest',
        externalTenants: { membershipKind: 'all' },
      },
    });
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

/** Sign-in number `i` of the 100: every field varies, so no two evaluate alike. */
function signIn(i: number): unknown {
  const apps = [
    '00000002-0000-0ff1-ce00-000000000000',
    '00000003-0000-0ff1-ce00-000000000000',
    'c44b4083-3bb0-49c1-b47d-974e53cbdf3c',
    '499b84ac-1321-427f-aa17-267ca6975798',
    '1fec8e78-bce4-4aaf-ab1b-5451cc387264',
  ];
  const platforms = ['windows', 'macOS', 'iOS', 'android', 'linux'];
  const clients = ['browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];
  const risks = ['none', 'low', 'medium', 'high'];
  return {
    signInIdentity: { userId: i % 13 ? `u${i}` : 'breakglass' },
    signInContext: { includeApplications: [apps[i % apps.length]] },
    signInConditions: {
      devicePlatform: platforms[i % platforms.length],
      clientAppType: clients[i % clients.length],
      ipAddress: i % 3 ? `10.${i % 20}.${i % 50}.7` : `192.0.2.${i}`,
      country: ['IT', 'NL', 'US', 'FR'][i % 4],
      signInRiskLevel: risks[i % 4],
      userRiskLevel: risks[(i >> 2) % 4],
      insiderRiskLevel: i % 5 ? undefined : 'elevated',
      authenticationFlow: i % 9 ? undefined : { transferMethod: 'deviceCodeFlow' },
      deviceInfo:
        i % 4 === 0
          ? undefined
          : {
              trustType: ['AzureAD', 'ServerAD', 'Workplace'][i % 3],
              isCompliant: i % 2 === 0,
              displayName: `LAP-${i}`,
              model: i % 7 ? 'Surface' : 'VM',
              operatingSystem: 'Windows',
              operatingSystemVersion: '10.0.22631',
              systemLabels: i % 6 ? [] : ['M365Managed'],
              extensionAttribute1: i % 2 ? 'SAW' : null,
            },
    },
    directory: {
      groupIds: [`g${i % 29}`, `x${i % 5}`],
      roleTemplateIds: i % 10 ? [] : ['62e90394-69f5-4237-9190-012177145e10'],
      userType: i % 11 ? 'member' : 'guest',
      compliantNetwork: i % 2 === 0,
    },
  };
}

/** 200 policies × 100 sign-ins: the whole matrix, `rounds` times after a warm-up round. */
export function benchMatrix(rounds = 5) {
  const policies = normalisePolicies(Array.from({ length: 200 }, (_, i) => generated(i)));
  const locations = normaliseNamedLocations([
    ...Array.from({ length: 20 }, (_, i) => ({
      '@odata.type': '#microsoft.graph.ipNamedLocation',
      id: `loc${i}`,
      displayName: `Office ${i}`,
      isTrusted: i % 2 === 0,
      ipRanges: Array.from({ length: 50 }, (_, j) => ({ cidrAddress: `10.${i}.${j}.0/24` })),
    })),
    { id: 'countries', displayName: 'Allowed', countriesAndRegions: ['IT', 'NL'] },
    {
      id: 'gsa',
      displayName: 'All Compliant Network locations',
      compliantNetworkType: 'allTenantCompliantNetworks',
    },
  ]);
  const scenarios = Array.from({ length: 100 }, (_, i) => normaliseScenario(signIn(i)));
  if (!policies.ok || !locations.ok || scenarios.some((s) => !s.ok))
    throw new Error('bench inputs did not parse');
  const inputs = scenarios.map((s) => ({
    policies: policies.value,
    locations: locations.value,
    scenario: s.ok ? s.value : ({} as never),
  }));
  const verdicts: Record<string, number> = {};
  for (const input of inputs) {
    const v = evaluate(input).verdict;
    verdicts[v] = (verdicts[v] ?? 0) + 1;
  }
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (const input of inputs) evaluate(input);
    times.push(performance.now() - start);
  }
  const total = median(times);
  return {
    policies: 200,
    scenarios: 100,
    rounds,
    totalMs: Number(total.toFixed(1)),
    perScenarioMs: Number((total / 100).toFixed(3)),
    verdicts,
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
    matrix: benchMatrix(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(JSON.stringify(benchWhatIf(), null, 2));
