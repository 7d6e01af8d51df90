/**
 * The four published policy sets (fixtures/real-world/, see each SOURCE.txt), read whole from
 * their published files and from their gathered arrays, then evaluated on sign-ins whose
 * expected outcome was worked out by hand from Microsoft's documented rules, not from the
 * engine: Learn what-if-tool (unset optional inputs are "none"), concept-conditional-access-
 * users-groups (All users includes guests; exclusions win), concept-conditional-access-cloud-apps
 * and reference-office-365-application-contents (the Office 365 suite, by name), concept-
 * conditional-access-conditions (client apps, platforms), concept-assignment-network (named
 * locations), concept-condition-filters-for-devices (unregistered devices), concept-conditional-
 * access-report-only (report-only never decides) and the fact sheet §3.6 (a Block that applies
 * decides).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { siteUrl } from '../../../config/site';
import { absoluteUrl } from '../../../src/lib/site/absolute-url';
import { evaluate } from '../../../src/lib/what-if/engine';
import { normaliseScenario } from '../../../src/lib/what-if/input';
import { readLocations, readPolicies } from '../../../src/lib/what-if/sets';
import { readSources, type SourceFile } from '../../../src/lib/what-if/sources';
import { shareFragment, readShareFragment } from '../../../src/lib/what-if/share';
import type { NamedLocation, Policy, Scenario, Tri, Verdict } from '../../../src/lib/what-if/types';

const root = join(import.meta.dirname, 'fixtures', 'real-world');

/** Every file under a folder, with its path relative to that folder. */
function folder(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push({ name: relative(dir, path), bytes: new Uint8Array(readFileSync(path)) });
    }
  };
  walk(dir);
  return out.reverse(); // the reader must not depend on the order it is given
}

const text = (set: string, file: string) => readFileSync(join(root, set, file), 'utf8');

function policiesOf(set: string): Policy[] {
  const r = readPolicies(text(set, 'policies.json'));
  if (!r.ok) throw new Error(`${set}: ${r.error.key}`);
  return r.value;
}
function locationsOf(set: string): NamedLocation[] | undefined {
  try {
    const r = readLocations(text(set, 'locations.json'));
    return r.ok ? r.value : undefined;
  } catch {
    return undefined;
  }
}

describe('the four sets read whole', () => {
  test('j0eyv-baseline: 36 policies and 3 locations from 39 files, 37 of them UTF-16', () => {
    const r = readSources(folder(join(root, 'j0eyv-baseline', 'files')));
    expect(r.policies).toHaveLength(36);
    expect(r.locations).toHaveLength(3);
    expect(r.files.filter((f) => f.status === 'skipped')).toEqual([]);
    const locations = readLocations(JSON.stringify(r.locations));
    expect(locations.ok && locations.value.map((l) => l.kind).sort()).toEqual([
      'compliantNetwork',
      'country',
      'country',
    ]);
    expect(locations.warnings).toEqual([]);
  });

  test('jhope188-acme: 38 policies from 39 files; the broken file is named with its line', () => {
    const r = readSources(folder(join(root, 'jhope188-acme', 'files')));
    expect(r.policies).toHaveLength(38);
    const skipped = r.files.filter((f) => f.status === 'skipped');
    expect(skipped.map((f) => f.name)).toEqual([
      'ACME-_ZTCA_-_GLOBAL_-_BLOCK_-_AllApps_-Exclude_CA-Global (1).json',
    ]);
    expect(skipped[0]?.notes[0]).toMatchObject({ key: 'input.jsonSyntax', params: { line: 50 } });
    const wrapper = r.files.find((f) => f.name.endsWith('NonWorkingHours.json'));
    expect(wrapper?.notes).toEqual([{ key: 'file.wrapper', params: { key: 'PolicyConfig' } }]);
    // The export tool's AssignmentDetails names the user and groups of that policy.
    expect(r.names.get('96437e0d-3d7c-4e28-b9bf-0fa68eabbff7')).toBe('Azure-Breakglass');
  });

  test('alexfilipin-aadp2: 54 templates from 54 files, placeholders kept as written', () => {
    const r = readSources(folder(join(root, 'alexfilipin-aadp2', 'files')));
    expect(r.policies).toHaveLength(54);
    expect(r.files.every((f) => f.status === 'read')).toBe(true);
  });

  test('graph2otel-live: a v1.0 page of 7 policies and 2 locations', () => {
    const r = readSources(folder(join(root, 'graph2otel-live')));
    expect(r.policies).toHaveLength(7);
    expect(r.locations).toHaveLength(2);
    expect(r.files.find((f) => f.name === 'SOURCE.txt')?.status).toBe('skipped');
  });

  test.each(['j0eyv-baseline', 'jhope188-acme', 'alexfilipin-aadp2'])(
    '%s: the files give the same policies, in the same order, as the gathered array',
    (set) => {
      const files = readPolicies(
        JSON.stringify(readSources(folder(join(root, set, 'files'))).policies),
      );
      const gathered = readPolicies(text(set, 'policies.json'));
      expect(files.ok && gathered.ok).toBe(true);
      if (files.ok && gathered.ok) expect(files.value).toEqual(gathered.value);
    },
  );

  test('jhope188-acme: id-less policies are numbered; #37 is the wrapped, disabled policy', () => {
    const p = policiesOf('jhope188-acme');
    expect(p).toHaveLength(38);
    expect(p[36]).toMatchObject({
      id: '#37',
      displayName: 'IAC - O365 - BLOCK - NonWorkingHours',
      state: 'disabled',
    });
    expect(p[36]?.conditions.hasTimes).toBe(true);
  });

  test('beta agent conditions are named as not evaluated, never dropped', () => {
    const j = policiesOf('j0eyv-baseline');
    const byName = (n: string) => j.find((p) => p.displayName.startsWith(n));
    expect(byName('CA501')?.conditions.notEvaluated).toEqual([
      'agentIdRiskLevels',
      'clientApplications.includeAgentIdServicePrincipals',
    ]);
    expect(byName('CA505')?.conditions.notEvaluated).toEqual(['agents']);
    expect(byName('CA000')?.conditions.notEvaluated).toEqual([]);
    const h = policiesOf('jhope188-acme');
    expect(h[3]?.conditions.notEvaluated).toEqual([
      'clientApplications.includeAgentIdServicePrincipals',
      'clientApplications.agentIdServicePrincipalFilter',
    ]);
  });

  test('the 36-policy set makes a share link under 8,000 characters that reads back whole', async () => {
    const policies: unknown = JSON.parse(text('j0eyv-baseline', 'policies.json'));
    const locations: unknown = JSON.parse(text('j0eyv-baseline', 'locations.json'));
    const scenario = { signInIdentity: { userId: 'u1' }, directory: { groupIds: [] } };
    const hash = await shareFragment({ policies, locations, scenario });
    // As the page builds it: the site's address (the placeholder is as long as a real one).
    const url = absoluteUrl(`/it/tools/what-if/${hash}`, siteUrl);
    expect(url.length).toBeLessThan(8000);
    const back = await readShareFragment(hash);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const p = readPolicies(back.parts.policies ?? '');
    expect(p.ok && p.value).toEqual(policiesOf('j0eyv-baseline'));
    expect(JSON.parse(back.parts.scenario ?? '')).toEqual(scenario);
  });
});

// ---------------------------------------------------------------- sign-ins

const EXO = '00000002-0000-0ff1-ce00-000000000000';
const SPO = '00000003-0000-0ff1-ce00-000000000000';
const PORTAL = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';
const DEVOPS = '499b84ac-1321-427f-aa17-267ca6975798';

interface Sign {
  app?: string;
  platform?: string;
  client?: string;
  ip?: string;
  country?: string;
  groups?: string[];
  roles?: string[];
  guest?: string;
  flow?: string;
  signInRisk?: string;
  userRisk?: string;
  insider?: string;
  device?: Record<string, unknown>;
  sp?: string;
}

/** A What If request body from the few facts a case states; the rest is "none" or "not given". */
function signIn(s: Sign): Scenario {
  const body = {
    signInIdentity: s.sp
      ? { '@odata.type': '#microsoft.graph.servicePrincipalSignIn', servicePrincipalId: s.sp }
      : {
          userId: 'aaaaaaaa-0000-4000-8000-000000000001',
          ...(s.guest
            ? {
                externalUserType: s.guest,
                externalTenantId: 'bbbbbbbb-0000-4000-8000-000000000002',
              }
            : {}),
        },
    signInContext: { includeApplications: [s.app ?? EXO] },
    signInConditions: {
      devicePlatform: s.platform ?? 'windows',
      clientAppType: s.client ?? 'mobileAppsAndDesktopClients',
      ipAddress: s.ip,
      country: s.country,
      signInRiskLevel: s.signInRisk,
      userRiskLevel: s.userRisk,
      insiderRiskLevel: s.insider,
      authenticationFlow: s.flow ? { transferMethod: s.flow } : undefined,
      deviceInfo: s.device,
    },
    directory: {
      groupIds: s.groups ?? [],
      roleTemplateIds: s.roles ?? [],
      userType: s.guest ? 'guest' : 'member',
    },
  };
  const r = normaliseScenario(JSON.parse(JSON.stringify(body)));
  if (!r.ok) throw new Error('scenario did not read');
  return r.value;
}

interface Case {
  name: string;
  sign: Sign;
  verdict: Verdict;
  /** Policies (by name prefix) and whether they apply. */
  policies?: Record<string, Tri>;
}

function check(set: string, c: Case) {
  const policies = policiesOf(set);
  const r = evaluate({ policies, locations: locationsOf(set), scenario: signIn(c.sign) });
  expect(r.verdict).toBe(c.verdict);
  for (const [prefix, applies] of Object.entries(c.policies ?? {})) {
    const p = r.policies.filter((x) => x.displayName.startsWith(prefix) || x.id === prefix);
    expect(p, prefix).toHaveLength(1);
    expect(`${prefix}: ${p[0]?.applies}`).toBe(`${prefix}: ${applies}`);
  }
}

const INTERNALS = 'ceeac9b8-ddf5-48cb-afcb-e2ab8bfd1a57';
const J_BREAKGLASS = '2802b872-ccfb-4b29-a9a9-459808dfb11b';
const J_SERVICE = '77c1ed37-10d0-4ef1-93dc-198e70abb166';
const compliantCompany = { trustType: 'AzureAD', isCompliant: true, deviceOwnership: 'Company' };

describe('j0eyv-baseline', () => {
  test.each<Case>([
    {
      name: 'device code flow from the Netherlands: CA004 blocks',
      sign: { groups: [INTERNALS], country: 'NL', flow: 'deviceCodeFlow' },
      verdict: 'block',
      policies: { CA004: 'yes', CA001: 'no', CA000: 'yes' },
    },
    {
      name: 'the same with flow and risks left out: they are none, so CA004 does not apply',
      sign: { groups: [INTERNALS], country: 'NL' },
      verdict: 'grant',
      policies: { CA004: 'no', CA210: 'no', CA201: 'no', CA000: 'yes', CA200: 'yes', CA205: 'yes' },
    },
    {
      name: 'a guest opening Azure DevOps: not in Office 365 (Learn’s list), so CA401 blocks',
      sign: { guest: 'b2bCollaborationGuest', app: DEVOPS, client: 'browser', country: 'NL' },
      verdict: 'block',
      policies: { CA401: 'yes', CA400: 'yes', CA000: 'yes' },
    },
    {
      name: 'a guest opening SharePoint: Office 365 is excluded from CA401',
      sign: { guest: 'b2bCollaborationGuest', app: SPO, client: 'browser', country: 'NL' },
      verdict: 'grant',
      policies: { CA401: 'no', CA400: 'yes', CA403: 'yes' },
    },
    {
      name: 'compliant company laptop in NL: controls required, the unmanaged-device policies skip it',
      sign: { groups: [INTERNALS], country: 'NL', device: compliantCompany },
      verdict: 'grant',
      policies: { CA202: 'no', CA205: 'yes', CA001: 'no' },
    },
    {
      name: 'high sign-in risk: CA210 blocks',
      sign: { groups: [INTERNALS], country: 'NL', signInRisk: 'high', device: compliantCompany },
      verdict: 'block',
      policies: { CA210: 'yes' },
    },
    {
      name: 'IMAP is a legacy client: CA002 blocks',
      sign: { groups: [INTERNALS], country: 'NL', client: 'other' },
      verdict: 'block',
      policies: { CA002: 'yes' },
    },
    {
      name: 'from the United States: CA001 blocks (only BE, LU, NL are allowed)',
      sign: { groups: [INTERNALS], country: 'US' },
      verdict: 'block',
      policies: { CA001: 'yes' },
    },
    {
      name: 'Linux is not an allowed platform: CA204 blocks',
      sign: { groups: [INTERNALS], country: 'NL', platform: 'linux', client: 'browser' },
      verdict: 'block',
      policies: { CA204: 'yes' },
    },
    {
      name: 'Outlook on a personal iPhone: app protection asked by CA005',
      sign: { groups: [INTERNALS], country: 'NL', platform: 'iOS' },
      verdict: 'grant',
      policies: { CA005: 'yes', CA204: 'no' },
    },
    {
      name: 'break-glass account from the US on the Azure portal: every policy excludes it',
      sign: {
        groups: [J_BREAKGLASS],
        roles: ['62e90394-69f5-4237-9190-012177145e10'],
        country: 'US',
        app: PORTAL,
        client: 'browser',
      },
      verdict: 'allow',
      policies: { CA001: 'no', CA100: 'no', CA000: 'no' },
    },
    {
      name: 'a service account from Belgium: CA301 blocks (its allowed country is NL only)',
      sign: { groups: [J_SERVICE], country: 'BE' },
      verdict: 'block',
      policies: { CA301: 'yes', CA001: 'no' },
    },
    {
      name: 'agent policies never apply to a user, and name what they could not evaluate',
      sign: { groups: [INTERNALS], country: 'NL', device: compliantCompany },
      verdict: 'grant',
      policies: { CA501: 'no', CA502: 'no', CA503: 'no', CA504: 'no', CA505: 'no' },
    },
  ])('$name', (c) => check('j0eyv-baseline', c));
});

describe('graph2otel-live', () => {
  const HOME_V4 = '51.148.203.77';
  const HOME_V6 = '2a02:8010:6:1::5';
  test.each<Case>([
    {
      name: 'Outlook on the web from home: only a session control',
      sign: { client: 'browser', ip: HOME_V4, country: 'GB' },
      verdict: 'allow',
      policies: {
        'Reduced reauth frequency at home': 'yes',
        'Extra scrutiny outside the UK': 'no',
        'Block legacy authentication': 'no',
      },
    },
    {
      name: 'from France on another network: phishing-resistant MFA',
      sign: { client: 'browser', ip: '203.0.113.10', country: 'FR' },
      verdict: 'grant',
      policies: {
        'Extra scrutiny outside the UK': 'yes',
        'Reduced reauth frequency at home': 'no',
      },
    },
    {
      name: 'the home IPv6 /48 wins over the country (France)',
      sign: { client: 'browser', ip: HOME_V6, country: 'FR' },
      verdict: 'allow',
      policies: {
        'Extra scrutiny outside the UK': 'no',
        'Reduced reauth frequency at home': 'yes',
      },
    },
    {
      name: 'IMAP from home: blocked as legacy authentication',
      sign: { client: 'other', ip: HOME_V4, country: 'GB' },
      verdict: 'block',
    },
    {
      name: 'elevated insider risk: the report-only block never decides',
      sign: { client: 'browser', ip: HOME_V4, country: 'GB', insider: 'elevated' },
      verdict: 'allow',
      policies: { 'Block access to Office Apps': 'yes' },
    },
    {
      name: 'an admin portal from abroad: two authentication strengths',
      sign: { app: PORTAL, client: 'browser', ip: '203.0.113.10', country: 'FR' },
      verdict: 'grant',
      policies: { 'Require multifactor authentication for Microsoft admin portals': 'yes' },
    },
    {
      name: 'a guest from abroad is excluded from the UK policy',
      sign: {
        guest: 'b2bCollaborationGuest',
        app: SPO,
        client: 'browser',
        ip: '203.0.113.9',
        country: 'FR',
      },
      verdict: 'allow',
      policies: { 'Extra scrutiny outside the UK': 'no' },
    },
    {
      name: 'a service principal: user policies do not apply',
      sign: { sp: 'cccccccc-0000-4000-8000-000000000003', ip: '203.0.113.10' },
      verdict: 'allow',
    },
  ])('$name', (c) => check('graph2otel-live', c));
});

describe('jhope188-acme', () => {
  const ACME_BREAKGLASS = '895b3e04-1f55-413d-a3f8-5a23678310ae';
  test.each<Case>([
    {
      name: 'a member on Outlook on the web: the location block without exclusions (#21) applies',
      sign: { client: 'browser' },
      verdict: 'block',
      policies: { '#21': 'yes', '#24': 'yes' },
    },
    {
      name: 'Azure DevOps in a browser: #5 blocks; the Office 365 session policy (#9) does not apply',
      sign: { app: DEVOPS, client: 'browser', device: { trustType: 'AzureAD', isCompliant: true } },
      verdict: 'block',
      policies: { '#5': 'yes', '#9': 'no' },
    },
    {
      name: 'the break-glass group on the Azure portal: nothing enforced applies',
      sign: { groups: [ACME_BREAKGLASS], app: PORTAL, client: 'browser' },
      verdict: 'allow',
      policies: { '#20': 'no', '#21': 'no', '#13': 'no' },
    },
    {
      name: 'device code flow: #13 blocks',
      sign: { flow: 'deviceCodeFlow' },
      verdict: 'block',
      policies: { '#13': 'yes', '#12': 'no' },
    },
    {
      name: 'the sync service principal: the workload policy targets no resource (None)',
      sign: { sp: '36f1bcde-43dc-44f4-86fc-34133aa68573' },
      verdict: 'allow',
      policies: { '#36': 'no' },
    },
    {
      name: 'the disabled wrapped policy never applies',
      sign: { app: EXO },
      verdict: 'block',
      policies: { '#37': 'no' },
    },
  ])('$name', (c) => check('jhope188-acme', c));
});

describe('alexfilipin-aadp2 (all report-only: they never decide)', () => {
  test.each<Case>([
    {
      name: 'device code flow: the report-only 307 would apply',
      sign: { flow: 'deviceCodeFlow', client: 'browser' },
      verdict: 'allow',
      policies: { '307 ': 'yes', '306 ': 'no' },
    },
    {
      name: 'Exchange ActiveSync on iOS: 301 would block; 305 needs the trusted locations',
      sign: { client: 'exchangeActiveSync', platform: 'iOS' },
      verdict: 'allow',
      policies: { '301 ': 'yes', '305 ': 'unknown', '300 ': 'no' },
    },
    {
      name: 'Linux in a browser: 302 would block unknown platforms',
      sign: { platform: 'linux', client: 'browser' },
      verdict: 'allow',
      policies: { '302 ': 'yes' },
    },
    {
      name: 'elevated insider risk: 601 would block',
      sign: { insider: 'elevated', client: 'browser' },
      verdict: 'allow',
      policies: { '601 ': 'yes' },
    },
  ])('$name', (c) => check('alexfilipin-aadp2', c));
});
