/**
 * From pasted JSON to the engine's plain inputs. Accepts what people actually paste: Graph's
 * list response (`{"value": [...]}`), a bare array, or one object; v1.0 or beta field names;
 * `null` where Graph writes `null`. Whatever does not fit is reported as a warning (with the
 * item's index) or, when nothing usable is left, as an error with a message key: never a throw.
 * Strings are kept as data (markup included) and capped in length; the page must escape them.
 */
import { parseCidr } from './cidr.ts';
import { readJson } from './json.ts';
import type {
  DeviceInfo,
  GrantControls,
  GuestsOrExternal,
  IncludeExclude,
  NamedLocation,
  Parsed,
  Policy,
  PolicyState,
  Reason,
  Scenario,
} from './types.ts';

/** More policies or locations than this is not a tenant export (Entra's limits are far lower). */
export const MAX_ITEMS = 2000;
/** The longest string kept from an input; longer ones are cut (rules are checked separately). */
export const MAX_STRING = 8192;
/** The most entries kept from one list in a policy or location. */
export const MAX_LIST = 5000;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field, cut to `MAX_STRING`, with control characters other than spacing removed. */
function str(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex
  return v.slice(0, MAX_STRING).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** A list of strings; `null` or absent is empty; a comma-separated string is split. */
function list(v: unknown): string[] {
  if (typeof v === 'string')
    return v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_LIST);
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const item of v.slice(0, MAX_LIST)) {
    const s = str(item)?.trim();
    if (s) out.push(s);
  }
  return out;
}

function incExc(o: unknown, inc: string, exc: string): IncludeExclude {
  return isObj(o) ? { include: list(o[inc]), exclude: list(o[exc]) } : { include: [], exclude: [] };
}

/**
 * The items of a pasted collection (`{value: [...]}`, an array, or one object that
 * `looksLikeItem`), at most MAX_ITEMS of them; otherwise the error `shapeKey`, or too many.
 */
function items(
  value: unknown,
  looksLikeItem: (o: Obj) => boolean,
  shapeKey: string,
): Parsed<unknown[]> {
  let raw: unknown[] | undefined;
  if (Array.isArray(value)) raw = value;
  else if (isObj(value)) {
    if (Array.isArray(value.value)) raw = value.value;
    else if (Array.isArray(value['@odata.value'])) raw = value['@odata.value'];
    else if (looksLikeItem(value)) raw = [value];
  }
  if (!raw) return { ok: false, error: { key: shapeKey, params: {} }, warnings: [] };
  if (raw.length > MAX_ITEMS)
    return {
      ok: false,
      error: { key: 'input.tooMany', params: { max: MAX_ITEMS, count: raw.length } },
      warnings: [],
    };
  return { ok: true, value: raw, warnings: [] };
}

function guests(v: unknown): GuestsOrExternal | undefined {
  if (!isObj(v)) return undefined;
  const types = list(v.guestOrExternalUserTypes);
  const t = v.externalTenants;
  const out: GuestsOrExternal = { types };
  if (isObj(t)) {
    const kind = str(t.membershipKind)?.toLowerCase();
    const odata = str(t['@odata.type'])?.toLowerCase() ?? '';
    if (kind === 'all' || odata.endsWith('allexternaltenants')) out.tenants = { kind: 'all' };
    else if (kind === 'enumerated' || Array.isArray(t.members))
      out.tenants = { kind: 'enumerated', members: list(t.members).map((m) => m.toLowerCase()) };
  }
  return out;
}

/**
 * An object with Graph's camelCase keys, at every level: PowerShell's `ConvertTo-Json` of the SDK
 * objects writes `DisplayName`, `Conditions`, `IncludeUsers`, and keeps extra Graph fields under
 * `AdditionalProperties`. A key Graph already spells the camelCase way wins over its PascalCase
 * twin (a template can carry both, e.g. an empty `GrantControls` beside `grantControls`).
 */
export function graphKeys(value: Obj): Obj {
  const out: Obj = {};
  const put = (k: string, v: unknown) => {
    const key = /^[A-Z][a-z]/.test(k) ? k.charAt(0).toLowerCase() + k.slice(1) : k;
    if (key !== k && key in value) return;
    if (!(key in out))
      out[key] = isObj(v)
        ? graphKeys(v)
        : Array.isArray(v)
          ? v.map((x: unknown) => (isObj(x) ? graphKeys(x) : x))
          : v;
  };
  for (const [k, v] of Object.entries(value)) {
    if (k === 'AdditionalProperties' || k === 'additionalProperties') continue;
    put(k, v);
  }
  const extra = value.AdditionalProperties ?? value.additionalProperties;
  if (isObj(extra)) for (const [k, v] of Object.entries(extra)) put(k, v);
  return out;
}

/** Whether a Graph value is set: not null, not an empty list, string or object (annotations aside). */
export function isSet(v: unknown): boolean {
  if (v === null || v === undefined || v === '' || v === false) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (isObj(v)) return Object.entries(v).some(([k, x]) => !k.includes('@') && isSet(x));
  return true;
}

/** The parts of each condition the engine reads; anything else that is set is named, not ignored. */
const readParts: Record<string, readonly string[] | true> = {
  users: [
    'includeUsers',
    'excludeUsers',
    'includeGroups',
    'excludeGroups',
    'includeRoles',
    'excludeRoles',
    'includeGuestsOrExternalUsers',
    'excludeGuestsOrExternalUsers',
  ],
  applications: [
    'includeApplications',
    'excludeApplications',
    'includeUserActions',
    'includeAuthenticationContextClassReferences',
    'applicationFilter',
  ],
  clientApplications: [
    'includeServicePrincipals',
    'excludeServicePrincipals',
    'servicePrincipalFilter',
  ],
  platforms: ['includePlatforms', 'excludePlatforms'],
  locations: ['includeLocations', 'excludeLocations'],
  devices: [
    'deviceFilter',
    'includeDevices',
    'excludeDevices',
    'includeDeviceStates',
    'excludeDeviceStates',
  ],
  deviceStates: ['includeStates', 'excludeStates'],
  authenticationFlows: ['transferMethods'],
  clientAppTypes: true,
  signInRiskLevels: true,
  userRiskLevels: true,
  servicePrincipalRiskLevels: true,
  insiderRiskLevels: true,
  // Read as "configured": the engine cannot judge a time window and says so (`times`).
  times: true,
};

/**
 * The conditions (or parts of one) that are set in the policy and that the engine does not
 * evaluate: beta additions such as `agents`, `agentIdRiskLevels`, agent service principals, and
 * anything Graph adds later. Dotted paths, e.g. `clientApplications.includeAgentIdServicePrincipals`.
 */
function notEvaluated(c: Obj): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(c)) {
    if (k.includes('@') || !isSet(v)) continue;
    const parts = readParts[k];
    if (!parts) out.push(k);
    else if (parts !== true && isObj(v))
      for (const [sub, x] of Object.entries(v))
        if (!sub.includes('@') && !parts.includes(sub) && isSet(x)) out.push(`${k}.${sub}`);
  }
  return out.slice(0, 50);
}

const states: readonly PolicyState[] = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'];

/** Reads one policy object; `undefined` when it is not an object at all. */
export function normalisePolicy(input: unknown, index: number): Policy | undefined {
  if (!isObj(input)) return undefined;
  const raw = graphKeys(input);
  const issues: Reason[] = [];
  const id = str(raw.id) ?? `#${index + 1}`;
  const displayName = str(raw.displayName) ?? id;
  const rawState = str(raw.state);
  const state = states.find((s) => s.toLowerCase() === rawState?.toLowerCase());
  if (!state) issues.push({ key: 'policy.unknownState', params: { state: rawState ?? '' } });
  const c = isObj(raw.conditions) ? raw.conditions : {};
  if (!isObj(raw.conditions)) issues.push({ key: 'policy.noConditions', params: {} });

  const conditions: Policy['conditions'] = {
    clientAppTypes: list(c.clientAppTypes),
    signInRiskLevels: list(c.signInRiskLevels),
    userRiskLevels: list(c.userRiskLevels),
    servicePrincipalRiskLevels: list(c.servicePrincipalRiskLevels),
    insiderRiskLevels: list(c.insiderRiskLevels),
    transferMethods: isObj(c.authenticationFlows)
      ? list(c.authenticationFlows.transferMethods)
      : [],
    hasTimes: isObj(c.times),
    notEvaluated: notEvaluated(c),
  };
  if (isObj(c.users)) {
    const u = c.users;
    conditions.users = {
      users: incExc(u, 'includeUsers', 'excludeUsers'),
      groups: incExc(u, 'includeGroups', 'excludeGroups'),
      roles: incExc(u, 'includeRoles', 'excludeRoles'),
    };
    const ig = guests(u.includeGuestsOrExternalUsers);
    const eg = guests(u.excludeGuestsOrExternalUsers);
    if (ig) conditions.users.includeGuests = ig;
    if (eg) conditions.users.excludeGuests = eg;
  }
  if (isObj(c.clientApplications)) {
    const ca = c.clientApplications;
    const include = list(ca.includeServicePrincipals);
    const exclude = list(ca.excludeServicePrincipals);
    if (include.length || exclude.length)
      conditions.clientApplications = {
        include,
        exclude,
        hasFilter: isObj(ca.servicePrincipalFilter),
      };
  }
  if (isObj(c.applications)) {
    const a = c.applications;
    conditions.applications = {
      apps: incExc(a, 'includeApplications', 'excludeApplications'),
      userActions: list(a.includeUserActions),
      authContexts: list(a.includeAuthenticationContextClassReferences),
      hasFilter: isObj(a.applicationFilter),
    };
  }
  if (isObj(c.platforms))
    conditions.platforms = incExc(c.platforms, 'includePlatforms', 'excludePlatforms');
  if (isObj(c.locations))
    conditions.locations = incExc(c.locations, 'includeLocations', 'excludeLocations');
  if (isObj(c.devices)) {
    const d = c.devices;
    const f = d.deviceFilter;
    if (isObj(f)) {
      const mode = str(f.mode)?.toLowerCase();
      const rule = typeof f.rule === 'string' ? f.rule : undefined;
      if ((mode === 'include' || mode === 'exclude') && rule !== undefined)
        conditions.deviceFilter = { mode, rule };
      else issues.push({ key: 'policy.badDeviceFilter', params: {} });
    }
    const legacy = incExc(d, 'includeDevices', 'excludeDevices');
    const legacyStates = incExc(d, 'includeDeviceStates', 'excludeDeviceStates');
    if (legacy.include.length || legacy.exclude.length) conditions.deviceStates = legacy;
    else if (legacyStates.include.length || legacyStates.exclude.length)
      conditions.deviceStates = legacyStates;
  }
  if (!conditions.deviceStates && isObj(c.deviceStates)) {
    const ds = incExc(c.deviceStates, 'includeStates', 'excludeStates');
    if (ds.include.length || ds.exclude.length) conditions.deviceStates = ds;
  }

  const policy: Policy = {
    id,
    displayName,
    state: state ?? 'disabled',
    conditions,
    sessionControls: isObj(raw.sessionControls)
      ? Object.entries(raw.sessionControls)
          .filter(([k, v]) => !k.startsWith('@') && v !== null && v !== false && v !== undefined)
          .filter(([, v]) => !(isObj(v) && v.isEnabled === false))
          .map(([k]) => k)
      : [],
    issues,
  };
  const g = raw.grantControls;
  if (isObj(g)) {
    const op = str(g.operator)?.toUpperCase();
    const grant: GrantControls = {
      operator: op === 'OR' ? 'OR' : 'AND',
      builtIn: list(g.builtInControls).map((b) => b.charAt(0).toLowerCase() + b.slice(1)),
      termsOfUse: list(g.termsOfUse),
      custom: list(g.customAuthenticationFactors),
    };
    if (isObj(g.authenticationStrength)) {
      const sid = str(g.authenticationStrength.id) ?? 'authenticationStrength';
      const name = str(g.authenticationStrength.displayName);
      grant.authenticationStrength = name ? { id: sid, displayName: name } : { id: sid };
    }
    policy.grant = grant;
  }
  return policy;
}

/** Reads policies from JSON text (see the module comment for the accepted shapes). */
export function parsePolicies(text: string): Parsed<Policy[]> {
  const json = readJson(text);
  if (!json.ok) return { ok: false, error: json.error, warnings: [] };
  return normalisePolicies(json.value);
}

/** Reads policies from an already-parsed value. */
export function normalisePolicies(value: unknown): Parsed<Policy[]> {
  const listed = items(
    value,
    (o) => {
      const g = graphKeys(o);
      return 'conditions' in g || 'grantControls' in g || 'state' in g;
    },
    'policies.shape',
  );
  if (!listed.ok) return listed;
  const raw = listed.value;
  const warnings: Reason[] = [];
  const out: Policy[] = [];
  const seen = new Set<string>();
  raw.forEach((item, index) => {
    const p = normalisePolicy(item, index);
    if (!p) {
      warnings.push({ key: 'policies.skipped', params: { index: index + 1 } });
      return;
    }
    if (seen.has(p.id)) warnings.push({ key: 'policies.duplicateId', params: { id: p.id } });
    seen.add(p.id);
    out.push(p);
  });
  if (!out.length && raw.length)
    return { ok: false, error: { key: 'policies.none', params: {} }, warnings };
  return { ok: true, value: out, warnings };
}

/** Reads named locations from JSON text. */
export function parseNamedLocations(text: string): Parsed<NamedLocation[]> {
  const json = readJson(text);
  if (!json.ok) return { ok: false, error: json.error, warnings: [] };
  return normaliseNamedLocations(json.value);
}

/** Reads named locations from an already-parsed value. */
export function normaliseNamedLocations(value: unknown): Parsed<NamedLocation[]> {
  const listed = items(
    value,
    (o) => {
      const g = graphKeys(o);
      return 'ipRanges' in g || 'countriesAndRegions' in g || 'compliantNetworkType' in g;
    },
    'locations.shape',
  );
  if (!listed.ok) return listed;
  const raw = listed.value;
  const warnings: Reason[] = [];
  const out: NamedLocation[] = [];
  raw.forEach((entry, index) => {
    if (!isObj(entry)) {
      warnings.push({ key: 'locations.skipped', params: { index: index + 1 } });
      return;
    }
    const item = graphKeys(entry);
    const id = str(item.id);
    if (!id) {
      warnings.push({ key: 'locations.noId', params: { index: index + 1 } });
      return;
    }
    const displayName = str(item.displayName) ?? id;
    const odata = str(item['@odata.type'])?.toLowerCase() ?? '';
    if (odata.endsWith('ipnamedlocation') || Array.isArray(item.ipRanges)) {
      const ranges = [];
      for (const r of Array.isArray(item.ipRanges) ? item.ipRanges.slice(0, MAX_LIST) : []) {
        const text = isObj(r) ? str(r.cidrAddress) : str(r);
        const parsed = text ? parseCidr(text) : undefined;
        if (parsed) ranges.push(parsed);
        else
          warnings.push({
            key: 'locations.badRange',
            params: { location: displayName, range: text ?? '' },
          });
      }
      out.push({ kind: 'ip', id, displayName, isTrusted: item.isTrusted === true, ranges });
    } else if (odata.endsWith('countrynamedlocation') || Array.isArray(item.countriesAndRegions)) {
      out.push({
        kind: 'country',
        id,
        displayName,
        countries: list(item.countriesAndRegions).map((c) => c.toUpperCase()),
        includeUnknown: item.includeUnknownCountriesAndRegions === true,
        lookup:
          str(item.countryLookupMethod) === 'authenticatorAppGps'
            ? 'authenticatorAppGps'
            : 'clientIpAddress',
      });
    } else if (
      odata.endsWith('compliantnetworknamedlocation') ||
      typeof item.compliantNetworkType === 'string'
    ) {
      // Global Secure Access: the tenant's compliant network (Learn: compliantNetworkNamedLocation).
      out.push({ kind: 'compliantNetwork', id, displayName, isTrusted: item.isTrusted === true });
    } else warnings.push({ key: 'locations.unknownKind', params: { location: displayName } });
  });
  return { ok: true, value: out, warnings };
}

/** Reads a sign-in scenario from JSON text (Graph's What If request body, plus `directory`). */
export function parseScenario(text: string): Parsed<Scenario> {
  const json = readJson(text);
  if (!json.ok) return { ok: false, error: json.error, warnings: [] };
  return normaliseScenario(json.value);
}

const extensionKey = /^extensionAttribute([1-9]|1[0-5])$/;

function deviceInfo(d: Obj, warnings: Reason[]): DeviceInfo {
  const out: DeviceInfo = { extensionAttributes: {} };
  const s = (k: string): string | null | undefined => (d[k] === null ? null : str(d[k]));
  const sl = (k: string): string[] | null | undefined =>
    d[k] === null ? null : Array.isArray(d[k]) ? list(d[k]) : undefined;
  const setStr = (
    k: Exclude<
      keyof DeviceInfo,
      'extensionAttributes' | 'isCompliant' | 'physicalIds' | 'systemLabels'
    >,
    v: string | null | undefined,
  ) => {
    if (v !== undefined) out[k] = v;
  };
  setStr('deviceId', s('deviceId'));
  setStr('displayName', s('displayName'));
  setStr('enrollmentProfileName', s('enrollmentProfileName'));
  setStr('manufacturer', s('manufacturer'));
  setStr('mdmAppId', s('mdmAppId'));
  setStr('model', s('model'));
  setStr('operatingSystem', s('operatingSystem'));
  setStr('operatingSystemVersion', s('operatingSystemVersion'));
  // Graph's deviceInfo says `ownership`; the filter property is `deviceOwnership`: take either.
  setStr('ownership', 'ownership' in d ? s('ownership') : s('deviceOwnership'));
  setStr('profileType', s('profileType'));
  setStr('trustType', s('trustType'));
  const physicalIds = sl('physicalIds');
  if (physicalIds !== undefined) out.physicalIds = physicalIds;
  const systemLabels = sl('systemLabels');
  if (systemLabels !== undefined) out.systemLabels = systemLabels;
  if (typeof d.isCompliant === 'boolean' || d.isCompliant === null) out.isCompliant = d.isCompliant;
  else if (typeof d.isCompliant === 'string' && /^(true|false)$/i.test(d.isCompliant))
    out.isCompliant = d.isCompliant.toLowerCase() === 'true';
  for (const [k, v] of Object.entries(d)) {
    const m = extensionKey.exec(k);
    if (m) out.extensionAttributes[Number(m[1])] = v === null ? null : (str(v) ?? null);
  }
  if (out.trustType && !/^(azuread|serverad|workplace)$/i.test(out.trustType))
    warnings.push({ key: 'scenario.unusualTrustType', params: { value: out.trustType } });
  return out;
}

/** Reads a scenario from an already-parsed value. */
export function normaliseScenario(value: unknown): Parsed<Scenario> {
  if (!isObj(value))
    return { ok: false, error: { key: 'scenario.shape', params: {} }, warnings: [] };
  const warnings: Reason[] = [];
  const id = isObj(value.signInIdentity) ? value.signInIdentity : {};
  const idType = str(id['@odata.type'])?.toLowerCase() ?? '';
  const identity: Scenario['identity'] =
    idType.endsWith('serviceprincipalsignin') || 'servicePrincipalId' in id
      ? { kind: 'servicePrincipal' }
      : { kind: 'user' };
  if (identity.kind === 'servicePrincipal') {
    const sp = str(id.servicePrincipalId)?.toLowerCase();
    if (sp) identity.servicePrincipalId = sp;
  } else {
    const userId = str(id.userId)?.toLowerCase();
    const ext = str(id.externalUserType);
    const tenant = str(id.externalTenantId)?.toLowerCase();
    if (userId) identity.userId = userId;
    if (ext) identity.externalUserType = ext;
    if (tenant) identity.externalTenantId = tenant;
  }
  const scenario: Scenario = { identity, directory: {} };

  const ctx = value.signInContext;
  if (isObj(ctx)) {
    const t = str(ctx['@odata.type'])?.toLowerCase() ?? '';
    if (t.endsWith('useractioncontext') || 'userAction' in ctx) {
      const action = str(ctx.userAction);
      if (action) scenario.context = { kind: 'userAction', action };
    } else if (t.endsWith('authcontext') || 'authenticationContextValue' in ctx) {
      const v = str(ctx.authenticationContextValue);
      if (v) scenario.context = { kind: 'authContext', value: v };
    } else {
      const apps = list(ctx.includeApplications).map((a) => a.toLowerCase());
      if (apps.length) scenario.context = { kind: 'application', applications: apps };
    }
    if (!scenario.context) warnings.push({ key: 'scenario.badContext', params: {} });
  }

  const c = isObj(value.signInConditions) ? value.signInConditions : {};
  const set = <
    K extends
      | 'devicePlatform'
      | 'clientAppType'
      | 'ipAddress'
      | 'country'
      | 'signInRiskLevel'
      | 'servicePrincipalRiskLevel'
      | 'insiderRiskLevel',
  >(
    k: K,
  ) => {
    const v = str(c[k])?.trim();
    if (v) scenario[k] = v;
  };
  set('devicePlatform');
  set('clientAppType');
  set('ipAddress');
  set('country');
  set('signInRiskLevel');
  set('servicePrincipalRiskLevel');
  set('insiderRiskLevel');
  const userRisk = list(c.userRiskLevels ?? c.userRiskLevel);
  if (userRisk.length) scenario.userRiskLevels = userRisk;
  if (isObj(c.authenticationFlow)) {
    const tm = str(c.authenticationFlow.transferMethod)?.trim();
    if (tm) scenario.transferMethod = tm;
  }
  if (isObj(c.deviceInfo)) scenario.device = deviceInfo(c.deviceInfo, warnings);
  if (scenario.country) scenario.country = scenario.country.toUpperCase();

  const dir = value.directory;
  if (isObj(dir)) {
    if (Array.isArray(dir.groupIds))
      scenario.directory.groupIds = list(dir.groupIds).map((g) => g.toLowerCase());
    if (Array.isArray(dir.roleTemplateIds))
      scenario.directory.roleTemplateIds = list(dir.roleTemplateIds).map((r) => r.toLowerCase());
    const ut = str(dir.userType)?.toLowerCase();
    if (ut === 'member' || ut === 'guest') scenario.directory.userType = ut;
    if (typeof dir.compliantNetwork === 'boolean')
      scenario.directory.compliantNetwork = dir.compliantNetwork;
  }
  return { ok: true, value: scenario, warnings };
}
