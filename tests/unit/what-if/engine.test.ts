import { describe, expect, test } from 'vitest';
import { evaluate } from '../../../src/lib/what-if/engine';
import { sentence } from '../../../src/lib/what-if/explain';
import type {
  ConditionId,
  ConditionOutcome,
  NamedLocation,
  Policy,
  Scenario,
} from '../../../src/lib/what-if/types';
import {
  baseScenario,
  device,
  fixtureLocations,
  fixturePolicies,
  fixtureText,
  messages,
  policy,
  scenario,
} from './helpers';
import { localeKeys } from '../../../config/locales';

function condition(p: Policy, s: Scenario, id: ConditionId, locations?: NamedLocation[]) {
  const r = evaluate({ policies: [p], scenario: s, locations });
  const c = r.policies[0]?.conditions.find((x) => x.condition === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
}

const EXO = '00000002-0000-0ff1-ce00-000000000000';
const GRAPH = '00000003-0000-0000-c000-000000000000';

describe('users', () => {
  const s = (extra: Partial<Scenario> = {}) => baseScenario(extra);
  test.each<[string, Record<string, unknown>, Scenario, ConditionOutcome, string]>([
    ['All users', { includeUsers: ['All'] }, s(), 'match', 'users.included.all'],
    ['None', { includeUsers: ['None'] }, s(), 'noMatch', 'users.includeNone'],
    ['by id', { includeUsers: ['U1'] }, s(), 'match', 'users.included.user'],
    ['other id', { includeUsers: ['u2'] }, s(), 'noMatch', 'users.notIncluded'],
    [
      'id unknown',
      { includeUsers: ['u2'] },
      s({ identity: { kind: 'user' } }),
      'unknown',
      'users.unknown.user',
    ],
    [
      'excluded by id beats All',
      { includeUsers: ['All'], excludeUsers: ['u1'] },
      s(),
      'noMatch',
      'users.excluded.user',
    ],
    [
      'group member',
      { includeGroups: ['g1'] },
      s({ directory: { groupIds: ['g1'] } }),
      'match',
      'users.included.group',
    ],
    ['groups not given', { includeGroups: ['g1'] }, s(), 'unknown', 'users.unknown.group'],
    [
      'groups given, not member',
      { includeGroups: ['g1'] },
      s({ directory: { groupIds: ['g2'] } }),
      'noMatch',
      'users.notIncluded',
    ],
    [
      'excluded group, groups not given',
      { includeUsers: ['All'], excludeGroups: ['g9'] },
      s(),
      'unknown',
      'users.unknown.group',
    ],
    [
      'excluded group certain beats unknown include',
      { includeGroups: ['g1'], excludeGroups: ['g9'] },
      s({ directory: { groupIds: ['g9'] } }),
      'noMatch',
      'users.excluded.group',
    ],
    [
      'role',
      { includeRoles: ['r1'] },
      s({ directory: { roleTemplateIds: ['r1'] } }),
      'match',
      'users.included.role',
    ],
    [
      'excluded role',
      { includeUsers: ['All'], excludeRoles: ['r1'] },
      s({ directory: { roleTemplateIds: ['r1'] } }),
      'noMatch',
      'users.excluded.role',
    ],
    [
      'legacy guests keyword, guest',
      { includeUsers: ['GuestsOrExternalUsers'] },
      s({ directory: { userType: 'guest' } }),
      'match',
      'users.included.guest',
    ],
    [
      'legacy guests keyword, member',
      { includeUsers: ['GuestsOrExternalUsers'] },
      s({ directory: { userType: 'member' } }),
      'noMatch',
      'users.notIncluded',
    ],
    [
      'legacy guests keyword, type not given',
      { includeUsers: ['GuestsOrExternalUsers'] },
      s(),
      'unknown',
      'users.unknown.guest',
    ],
    [
      'guest types: b2b guest from any tenant',
      {
        includeGuestsOrExternalUsers: {
          guestOrExternalUserTypes: 'b2bCollaborationGuest',
          externalTenants: { membershipKind: 'all' },
        },
      },
      s({
        identity: {
          kind: 'user',
          userId: 'u1',
          externalUserType: 'b2bCollaborationGuest',
          externalTenantId: 't1',
        },
      }),
      'match',
      'users.included.guest',
    ],
    [
      'guest types: enumerated tenant not listed',
      {
        includeGuestsOrExternalUsers: {
          guestOrExternalUserTypes: 'b2bCollaborationGuest',
          externalTenants: { membershipKind: 'enumerated', members: ['t2'] },
        },
      },
      s({
        identity: {
          kind: 'user',
          userId: 'u1',
          externalUserType: 'b2bCollaborationGuest',
          externalTenantId: 't1',
        },
      }),
      'noMatch',
      'users.notIncluded',
    ],
    [
      'guest types: a guest that may be internal or B2B',
      { includeGuestsOrExternalUsers: { guestOrExternalUserTypes: 'b2bCollaborationGuest' } },
      s({ directory: { userType: 'guest' } }),
      'unknown',
      'users.unknown.guest',
    ],
    [
      'excluded guest types',
      {
        includeUsers: ['All'],
        excludeGuestsOrExternalUsers: {
          guestOrExternalUserTypes: 'internalGuest,b2bCollaborationGuest',
        },
      },
      s({ directory: { userType: 'guest' } }),
      'noMatch',
      'users.excluded.guest',
    ],
  ])('%s', (_n, users, sc, outcome, key) => {
    const c = condition(policy({}, { users }), sc, 'users');
    expect(c.result).toBe(outcome);
    expect(c.reason.key).toBe(key);
  });

  test('a service principal is not a user; workload policies match it', () => {
    const sp = scenario({
      signInIdentity: {
        '@odata.type': '#microsoft.graph.servicePrincipalSignIn',
        servicePrincipalId: 'sp1',
      },
      signInContext: { includeApplications: [GRAPH] },
    });
    expect(condition(policy(), sp, 'users').result).toBe('noMatch');
    const wl = policy(
      {},
      {
        users: { includeUsers: ['None'] },
        clientApplications: {
          includeServicePrincipals: ['ServicePrincipalsInMyTenant'],
          excludeServicePrincipals: ['sp2'],
        },
      },
    );
    expect(evaluate({ policies: [wl], scenario: sp }).policies[0]?.applies).toBe('yes');
    expect(condition(wl, baseScenario(), 'workloadIdentities').result).toBe('noMatch');
  });
});

describe('target resources', () => {
  const app = (id: string) =>
    baseScenario({ context: { kind: 'application', applications: [id] } });
  test.each<[string, Record<string, unknown>, Scenario, ConditionOutcome, string]>([
    ['All resources', { includeApplications: ['All'] }, app(EXO), 'match', 'apps.included.all'],
    ['None', { includeApplications: ['None'] }, app(EXO), 'noMatch', 'apps.notIncluded'],
    ['by id', { includeApplications: [EXO.toUpperCase()] }, app(EXO), 'match', 'apps.included.app'],
    [
      'excluded beats All',
      { includeApplications: ['All'], excludeApplications: [EXO] },
      app(EXO),
      'noMatch',
      'apps.excluded.app',
    ],
    [
      'Office 365 member',
      { includeApplications: ['Office365'] },
      app(EXO),
      'match',
      'apps.included.bundle',
    ],
    [
      'Office 365 non-member',
      { includeApplications: ['Office365'] },
      app(GRAPH),
      'noMatch',
      'apps.notIncluded',
    ],
    [
      'Office 365, an app whose name is not known',
      { includeApplications: ['Office365'] },
      app('12345678-0000-0000-0000-000000000000'),
      'unknown',
      'apps.unknown.bundleName',
    ],
    [
      'Office 365: Azure DevOps is not on Learn’s list',
      { includeApplications: ['Office365'] },
      app('499b84ac-1321-427f-aa17-267ca6975798'),
      'noMatch',
      'apps.notIncluded',
    ],
    [
      'Office 365: Microsoft Forms is on Learn’s list',
      { includeApplications: ['Office365'] },
      app('c9a559d2-7aab-4f13-a6ed-e7e9c52aec87'),
      'match',
      'apps.included.bundle',
    ],
    [
      'an unknown keyword (beta AllAgentIdResources) may cover the resource',
      { includeApplications: ['AllAgentIdResources'] },
      app(EXO),
      'unknown',
      'apps.unknown.keyword',
    ],
    [
      'Admin portals, Azure portal',
      { includeApplications: ['MicrosoftAdminPortals'] },
      app('c44b4083-3bb0-49c1-b47d-974e53cbdf3c'),
      'match',
      'apps.included.bundle',
    ],
    [
      'Office 365 excluded',
      { includeApplications: ['All'], excludeApplications: ['Office365'] },
      app(EXO),
      'noMatch',
      'apps.excluded.bundle',
    ],
    [
      'no resource given',
      { includeApplications: [EXO] },
      { identity: { kind: 'user', userId: 'u1' }, directory: {} },
      'unknown',
      'apps.unknown.context',
    ],
    [
      'user action',
      { includeUserActions: ['urn:user:registersecurityinfo'] },
      baseScenario({ context: { kind: 'userAction', action: 'registerSecurityInformation' } }),
      'match',
      'apps.userAction.match',
    ],
    [
      'other user action',
      { includeUserActions: ['urn:user:registerdevice'] },
      baseScenario({ context: { kind: 'userAction', action: 'registerSecurityInformation' } }),
      'noMatch',
      'apps.userAction.noMatch',
    ],
    [
      'apps policy, user action sign-in',
      { includeApplications: ['All'] },
      baseScenario({ context: { kind: 'userAction', action: 'registerOrJoinDevices' } }),
      'noMatch',
      'apps.mode',
    ],
    [
      'auth context',
      { includeAuthenticationContextClassReferences: ['c1', 'c37'] },
      baseScenario({ context: { kind: 'authContext', value: 'c37' } }),
      'match',
      'apps.authContext.match',
    ],
    [
      'app filter cannot be checked',
      { includeApplications: ['All'], applicationFilter: { mode: 'include', rule: 'x' } },
      app(EXO),
      'unknown',
      'apps.unknown.filter',
    ],
  ])('%s', (_n, applications, sc, outcome, key) => {
    const c = condition(policy({}, { applications }), sc, 'applications');
    expect(c.result).toBe(outcome);
    expect(c.reason.key).toBe(key);
  });
});

describe('platforms and client apps', () => {
  test.each<[Record<string, unknown> | null, string | undefined, ConditionOutcome]>([
    [null, 'windows', 'notConfigured'],
    [{ includePlatforms: ['all'] }, undefined, 'match'],
    [{ includePlatforms: ['all'], excludePlatforms: ['iOS'] }, undefined, 'unknown'],
    [{ includePlatforms: ['all'], excludePlatforms: ['iOS'] }, 'ios', 'noMatch'],
    [{ includePlatforms: ['android', 'iOS'] }, 'iOS', 'match'],
    [{ includePlatforms: ['android', 'iOS'] }, 'windows', 'noMatch'],
    [{ includePlatforms: ['linux'] }, 'all', 'unknown'],
  ])('platforms %j with %s → %s', (platforms, devicePlatform, outcome) => {
    const sc = baseScenario(devicePlatform ? { devicePlatform } : {});
    expect(condition(policy({}, { platforms }), sc, 'platforms').result).toBe(outcome);
  });

  test.each<[string[], string | undefined, ConditionOutcome]>([
    [['all'], 'browser', 'notConfigured'],
    [[], 'browser', 'notConfigured'],
    [['exchangeActiveSync', 'other'], 'other', 'match'],
    [['exchangeActiveSync', 'other'], 'browser', 'noMatch'],
    [['exchangeActiveSync', 'other'], undefined, 'unknown'],
    [['easSupported'], 'exchangeActiveSync', 'unknown'],
  ])('client apps %j with %s → %s', (clientAppTypes, clientAppType, outcome) => {
    const sc = baseScenario(clientAppType ? { clientAppType } : {});
    expect(condition(policy({}, { clientAppTypes }), sc, 'clientApps').result).toBe(outcome);
  });
});

describe('network', () => {
  const locs = fixtureLocations();
  const HQ = 'd0000000-0000-4000-8000-00000000d001';
  const BLOCKED = 'd0000000-0000-4000-8000-00000000d002';
  const PARTNER = 'd0000000-0000-4000-8000-00000000d003';
  const GPS = 'd0000000-0000-4000-8000-00000000d004';
  const at = (ipAddress?: string, country?: string) =>
    baseScenario({ ...(ipAddress ? { ipAddress } : {}), ...(country ? { country } : {}) });
  test.each<
    [
      string,
      Record<string, unknown>,
      Scenario,
      NamedLocation[] | undefined,
      ConditionOutcome,
      string,
    ]
  >([
    ['not configured', {}, at(), locs, 'notConfigured', 'locations.notConfigured'],
    ['All', { includeLocations: ['All'] }, at(), locs, 'match', 'locations.included.all'],
    [
      'All minus trusted, outside',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at('192.0.2.1'),
      locs,
      'match',
      'locations.included.all',
    ],
    [
      'All minus trusted, inside (IPv4)',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at('203.0.113.9'),
      locs,
      'noMatch',
      'locations.excluded.trusted',
    ],
    [
      'All minus trusted, inside (IPv6)',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at('2001:db8:1234:5::1'),
      locs,
      'noMatch',
      'locations.excluded.trusted',
    ],
    [
      'untrusted range does not count as trusted',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at('198.51.100.9'),
      locs,
      'match',
      'locations.included.all',
    ],
    [
      'All minus trusted, no IP',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at(),
      locs,
      'unknown',
      'locations.unknown.ip',
    ],
    [
      'All minus trusted, no named locations',
      { includeLocations: ['All'], excludeLocations: ['AllTrusted'] },
      at('203.0.113.9'),
      undefined,
      'unknown',
      'locations.unknown.noLocations',
    ],
    [
      'named IP location',
      { includeLocations: [PARTNER] },
      at('198.51.100.9'),
      locs,
      'match',
      'locations.included.named',
    ],
    [
      'named IP location, outside',
      { includeLocations: [PARTNER] },
      at('198.51.100.200'),
      locs,
      'noMatch',
      'locations.notIncluded',
    ],
    [
      'country in list',
      { includeLocations: [BLOCKED] },
      at('192.0.2.1', 'kp'),
      locs,
      'match',
      'locations.included.named',
    ],
    [
      'country not in list',
      { includeLocations: [BLOCKED] },
      at('192.0.2.1', 'IT'),
      locs,
      'noMatch',
      'locations.notIncluded',
    ],
    [
      'country not given (list includes unknown countries)',
      { includeLocations: [BLOCKED] },
      at('192.0.2.1'),
      locs,
      'unknown',
      'locations.unknown.country',
    ],
    [
      'country by GPS',
      { includeLocations: [GPS] },
      at('192.0.2.1', 'IT'),
      locs,
      'unknown',
      'locations.unknown.gps',
    ],
    [
      'location id not among those given',
      { includeLocations: ['nope'] },
      at('192.0.2.1', 'IT'),
      locs,
      'unknown',
      'locations.unknown.missing',
    ],
    [
      'excluded named location',
      { includeLocations: ['All'], excludeLocations: [HQ] },
      at('203.0.113.1'),
      locs,
      'noMatch',
      'locations.excluded.named',
    ],
  ])('%s', (_n, locations, sc, given, outcome, key) => {
    const c = condition(policy({}, { locations }), sc, 'locations', given);
    expect(c.result).toBe(outcome);
    expect(c.reason.key).toBe(key);
  });
});

describe('device filter condition and modes', () => {
  const rulePositive = 'device.extensionAttribute1 -eq "SAW"';
  const ruleNegative = 'device.extensionAttribute1 -ne "SAW"';
  const saw = device({
    trustType: 'ServerAD',
    isCompliant: true,
    extensionAttributes: { 1: 'SAW' },
  });
  test.each<[string, 'include' | 'exclude', string, Scenario, ConditionOutcome]>([
    ['include, positive, unregistered', 'include', rulePositive, baseScenario(), 'noMatch'],
    [
      'exclude, positive, unregistered (Block hits every personal device)',
      'exclude',
      rulePositive,
      baseScenario(),
      'match',
    ],
    ['include, negative, unregistered', 'include', ruleNegative, baseScenario(), 'match'],
    ['exclude, negative, unregistered', 'exclude', ruleNegative, baseScenario(), 'noMatch'],
    ['include, positive, SAW', 'include', rulePositive, baseScenario({ device: saw }), 'match'],
    ['exclude, positive, SAW', 'exclude', rulePositive, baseScenario({ device: saw }), 'noMatch'],
    [
      'include, positive, registered but attribute not given',
      'include',
      rulePositive,
      baseScenario({ device: device({ trustType: 'ServerAD' }) }),
      'unknown',
    ],
  ])('%s', (_n, mode, rule, sc, outcome) => {
    const c = condition(policy({}, { devices: { deviceFilter: { mode, rule } } }), sc, 'devices');
    expect(c.result).toBe(outcome);
    expect(c.trace?.leaves[0]?.text).toBe(rule);
  });

  test('an unreadable rule is unknown with the position, never a silent match', () => {
    const c = condition(
      policy({}, { devices: { deviceFilter: { mode: 'exclude', rule: 'device.model -eq' } } }),
      baseScenario(),
      'devices',
    );
    expect(c.result).toBe('unknown');
    expect(c.reason).toEqual({
      key: 'devices.invalidRule',
      params: { error: 'rule.expectedValue', offset: 16, position: 17 },
    });
    // In words, the rule's own error is spelled out, never left as a message key.
    for (const locale of localeKeys) {
      const text = sentence(c.reason, messages[locale]).text;
      expect(text).not.toMatch(/rule\.\w+/);
      expect(text).toContain('17');
    }
  });

  test('legacy device states', () => {
    const p = policy(
      {},
      { devices: { includeDevices: ['All'], excludeDevices: ['Compliant', 'DomainJoined'] } },
    );
    expect(condition(p, baseScenario(), 'deviceStates').result).toBe('match');
    expect(
      condition(p, baseScenario({ device: device({ isCompliant: true }) }), 'deviceStates').result,
    ).toBe('noMatch');
    expect(
      condition(p, baseScenario({ device: device({ isCompliant: false }) }), 'deviceStates').result,
    ).toBe('unknown');
  });
});

describe('risk levels, flows, time', () => {
  test.each<[ConditionId, Record<string, unknown>, Partial<Scenario>, ConditionOutcome]>([
    [
      'signInRisk',
      { signInRiskLevels: ['high', 'medium'] },
      { signInRiskLevel: 'medium' },
      'match',
    ],
    ['signInRisk', { signInRiskLevels: ['high'] }, { signInRiskLevel: 'medium' }, 'noMatch'],
    // Left out, a risk level is none, as in Entra's What If (Learn, what-if-tool).
    ['signInRisk', { signInRiskLevels: ['high'] }, {}, 'noMatch'],
    ['signInRisk', { signInRiskLevels: ['none', 'low'] }, {}, 'match'],
    ['signInRisk', { signInRiskLevels: [] }, {}, 'notConfigured'],
    ['userRisk', { userRiskLevels: ['high'] }, { userRiskLevels: ['high'] }, 'match'],
    ['userRisk', { userRiskLevels: ['high'] }, { userRiskLevels: ['low'] }, 'noMatch'],
    [
      'servicePrincipalRisk',
      { servicePrincipalRiskLevels: ['high'] },
      { servicePrincipalRiskLevel: 'high' },
      'match',
    ],
    [
      'insiderRisk',
      { insiderRiskLevels: 'moderate,elevated' },
      { insiderRiskLevel: 'elevated' },
      'match',
    ],
    ['insiderRisk', { insiderRiskLevels: 'elevated' }, { insiderRiskLevel: 'minor' }, 'noMatch'],
    [
      'authenticationFlows',
      { authenticationFlows: { transferMethods: 'deviceCodeFlow,authenticationTransfer' } },
      { transferMethod: 'deviceCodeFlow' },
      'match',
    ],
    [
      'authenticationFlows',
      { authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
      { transferMethod: 'authenticationTransfer' },
      'noMatch',
    ],
    [
      'authenticationFlows',
      { authenticationFlows: { transferMethods: 'deviceCodeFlow' } },
      {},
      'noMatch',
    ],
    ['insiderRisk', { insiderRiskLevels: 'elevated' }, {}, 'noMatch'],
    ['times', { times: { startDateTime: 'x' } }, {}, 'unknown'],
  ])('%s %j with %j → %s', (id, conds, extra, outcome) => {
    expect(condition(policy({}, conds), baseScenario(extra), id).result).toBe(outcome);
  });
  test.each<[ConditionId, Record<string, unknown>]>([
    ['signInRisk', { signInRiskLevels: ['high'] }],
    ['userRisk', { userRiskLevels: ['high'] }],
    ['insiderRisk', { insiderRiskLevels: 'elevated' }],
    ['authenticationFlows', { authenticationFlows: { transferMethods: 'deviceCodeFlow' } }],
  ])('with unset inputs as "not known", %s is cannot tell', (id, conds) => {
    const r = evaluate({
      policies: [policy({}, conds)],
      scenario: baseScenario(),
      unset: 'unknown',
    });
    expect(r.policies[0]?.conditions.find((c) => c.condition === id)?.result).toBe('unknown');
  });
});

describe('policy state and verdict', () => {
  const block = policy({ id: 'b', displayName: 'Block' });
  const mfa = policy({ id: 'm', grantControls: { operator: 'OR', builtInControls: ['mfa'] } });
  const compliant = policy({
    id: 'c',
    grantControls: { operator: 'AND', builtInControls: ['compliantDevice', 'mfa'] },
  });

  test('no policy: allow', () => {
    expect(evaluate({ policies: [], scenario: baseScenario() }).verdict).toBe('allow');
  });
  test('disabled policies are listed but never evaluated', () => {
    const r = evaluate({ policies: [policy({ state: 'disabled' })], scenario: baseScenario() });
    expect(r.verdict).toBe('allow');
    expect(r.policies[0]).toMatchObject({ applies: 'no', conditions: [] });
  });
  test('report-only policies are evaluated but never decide', () => {
    const r = evaluate({
      policies: [policy({ state: 'enabledForReportingButNotEnforced' })],
      scenario: baseScenario(),
    });
    expect(r.verdict).toBe('allow');
    expect(r.reportOnly).toEqual([{ policyId: 'p', applies: 'yes', wouldBlock: true }]);
  });
  test('block wins over grant controls', () => {
    const r = evaluate({ policies: [mfa, block], scenario: baseScenario() });
    expect(r).toMatchObject({ verdict: 'block', deciding: ['b'], requirements: [] });
  });
  test('grant: each policy keeps its own operator', () => {
    const r = evaluate({ policies: [mfa, compliant], scenario: baseScenario() });
    expect(r.verdict).toBe('grant');
    expect(r.requirements).toEqual([
      { policyId: 'm', operator: 'OR', controls: [{ kind: 'builtIn', id: 'mfa' }] },
      {
        policyId: 'c',
        operator: 'AND',
        controls: [
          { kind: 'builtIn', id: 'compliantDevice' },
          { kind: 'builtIn', id: 'mfa' },
        ],
      },
    ]);
  });
  test('terms of use, custom controls and authentication strength are listed', () => {
    const p = policy({
      grantControls: {
        operator: 'OR',
        builtInControls: [],
        termsOfUse: ['tou1'],
        customAuthenticationFactors: ['duo'],
        authenticationStrength: { id: 's1', displayName: 'Phishing-resistant MFA' },
      },
    });
    expect(evaluate({ policies: [p], scenario: baseScenario() }).requirements[0]?.controls).toEqual(
      [
        { kind: 'authenticationStrength', id: 's1', displayName: 'Phishing-resistant MFA' },
        { kind: 'termsOfUse', id: 'tou1' },
        { kind: 'custom', id: 'duo' },
      ],
    );
  });
  test('a block that may apply makes the verdict unknown, and names the policy', () => {
    const maybe = policy({ id: 'x' }, { users: { includeGroups: ['g1'] } });
    const r = evaluate({ policies: [mfa, maybe], scenario: baseScenario() });
    expect(r).toMatchObject({
      verdict: 'unknown',
      uncertain: ['x'],
      best: { verdict: 'grant' },
      worst: { verdict: 'block' },
    });
  });
  test('an uncertain policy that asks for what is already asked does not change the verdict', () => {
    const maybeMfa = policy(
      { id: 'y', grantControls: { operator: 'OR', builtInControls: ['mfa'] } },
      { users: { includeGroups: ['g1'] } },
    );
    const r = evaluate({ policies: [mfa, maybeMfa], scenario: baseScenario() });
    expect(r.verdict).toBe('grant');
    expect(r.uncertain).toEqual([]);
  });
  test('an uncertain block does not matter once a certain block applies', () => {
    const maybe = policy({ id: 'x' }, { users: { includeGroups: ['g1'] } });
    expect(evaluate({ policies: [block, maybe], scenario: baseScenario() }).verdict).toBe('block');
  });
});

describe('fixtures: a realistic tenant', () => {
  const policies = fixturePolicies();
  const locations = fixtureLocations();
  const base = scenario(JSON.parse(fixtureText('scenario-office-abroad.json')) as unknown);
  const run = (s: Scenario) => evaluate({ policies, locations, scenario: s });
  const applying = (s: Scenario) =>
    run(s)
      .policies.filter((p) => p.applies !== 'no')
      .map((p) => `${p.displayName.slice(0, 5)}:${p.applies}`);

  test('Exchange Online from abroad on a compliant laptop: blocked by CA003 only', () => {
    const r = run(base);
    expect(r.verdict).toBe('block');
    expect(r.deciding).toEqual(['a1f6c2d0-0003-4000-8000-000000000003']);
    expect(applying(base)).toEqual(['CA002:yes', 'CA003:yes']);
    const ca003 = r.policies.find((p) => p.id.endsWith('3'));
    expect(ca003?.exclusions.map((e) => [e.requirement.key, e.status])).toEqual([
      ['hint.group', 'no'],
      ['hint.trusted', 'no'],
    ]);
  });
  test('the same from head office: granted with a compliant or hybrid device', () => {
    const r = run({ ...base, ipAddress: '203.0.113.10' });
    expect(r.verdict).toBe('grant');
    expect(r.requirements.map((x) => x.policyId)).toEqual(['a1f6c2d0-0002-4000-8000-000000000002']);
  });
  test('the break-glass group is excluded from CA003', () => {
    expect(
      run({
        ...base,
        directory: { ...base.directory, groupIds: ['c0000000-0000-4000-8000-00000000c001'] },
      }).verdict,
    ).toBe('grant');
  });
  test('legacy authentication is blocked by CA001', () => {
    const r = run({ ...base, ipAddress: '203.0.113.10', clientAppType: 'exchangeActiveSync' });
    expect(r.deciding).toEqual(['a1f6c2d0-0001-4000-8000-000000000001']);
  });
  test('a blocked country is blocked by CA004', () => {
    expect(run({ ...base, ipAddress: '203.0.113.10', country: 'KP' }).deciding).toEqual([
      'a1f6c2d0-0004-4000-8000-000000000004',
    ]);
  });
  test('device code flow is blocked by CA010', () => {
    expect(
      run({ ...base, ipAddress: '203.0.113.10', transferMethod: 'deviceCodeFlow' }).deciding,
    ).toEqual(['a1f6c2d0-0010-4000-8000-000000000010']);
  });
  test('high user risk is blocked by CA009; medium sign-in risk adds MFA', () => {
    expect(run({ ...base, ipAddress: '203.0.113.10', userRiskLevels: ['high'] }).deciding).toEqual([
      'a1f6c2d0-0009-4000-8000-000000000009',
    ]);
    const r = run({ ...base, ipAddress: '203.0.113.10', signInRiskLevel: 'medium' });
    expect(r.requirements.map((x) => x.policyId)).toEqual([
      'a1f6c2d0-0002-4000-8000-000000000002',
      'a1f6c2d0-0008-4000-8000-000000000008',
    ]);
  });
  test('an admin on the Azure portal from an unregistered device: CA005 blocks, and says why', () => {
    const admin: Scenario = {
      ...base,
      ipAddress: '203.0.113.10',
      context: { kind: 'application', applications: ['797f4846-ba00-4fd7-ba43-dac1f8f63013'] },
      directory: {
        groupIds: [],
        roleTemplateIds: ['62e90394-69f5-4237-9190-012177145e10'],
        userType: 'member',
      },
    };
    delete admin.device;
    const r = run(admin);
    expect(r.deciding).toEqual(['a1f6c2d0-0005-4000-8000-000000000005']);
    const hints = r.policies.find((p) => p.id.endsWith('5'))?.exclusions;
    expect(hints?.find((h) => h.condition === 'devices')).toMatchObject({
      status: 'no',
      requirement: { key: 'hint.deviceFilterRegister' },
    });
    // From the SAW (hybrid joined, so its extension attributes are visible) it is not blocked.
    const fromSaw = run({
      ...admin,
      device: device({
        trustType: 'ServerAD',
        isCompliant: true,
        extensionAttributes: { 1: 'SAW' },
      }),
    });
    expect(fromSaw.verdict).toBe('grant');
  });
  test('a guest needs MFA (authentication strength); the report-only platform block never decides', () => {
    const guest: Scenario = {
      ...base,
      ipAddress: '203.0.113.10',
      devicePlatform: 'linux',
      identity: {
        kind: 'user',
        userId: 'e0000000-0000-4000-8000-00000000e002',
        externalUserType: 'b2bCollaborationGuest',
        externalTenantId: 'f1',
      },
    };
    const r = run(guest);
    expect(r.verdict).toBe('grant');
    expect(r.requirements.map((x) => x.policyId)).toEqual(['a1f6c2d0-0007-4000-8000-000000000007']);
    expect(r.reportOnly).toEqual([
      { policyId: 'a1f6c2d0-0006-4000-8000-000000000006', applies: 'yes', wouldBlock: true },
    ]);
  });
  test('the disabled policy never applies', () => {
    expect(run(base).policies.find((p) => p.id.endsWith('11'))?.applies).toBe('no');
  });
  test('without the IP address the location blocks become "cannot tell"', () => {
    const noIp = { ...base };
    delete noIp.ipAddress;
    const r = run(noIp);
    expect(r.verdict).toBe('unknown');
    expect(r.uncertain).toContain('a1f6c2d0-0003-4000-8000-000000000003');
  });
});
