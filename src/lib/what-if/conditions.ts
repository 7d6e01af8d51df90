/**
 * One function per condition of a policy: each reads the policy and the scenario and returns a
 * result (`match`, `noMatch`, `unknown`, `notConfigured`) with a structured reason. They follow
 * Learn's rules: an unconfigured condition does not restrict; an exclusion beats an inclusion;
 * what the scenario does not say is `unknown`, never a silent match. Within a condition the
 * answers combine with three-valued logic (an exclusion that is certain decides even when an
 * inclusion is unknown).
 */
import { bundleMember, isBundle } from './apps.ts';
import { isGuid, type NameBook } from './names.ts';
import { cidrContains, parseIp } from './cidr.ts';
import { deviceView, evaluateRule, lintRule, parseRule } from './rule.ts';
import { inDeviceState } from './tri.ts';
import type {
  ConditionId,
  ConditionOutcome,
  ConditionResult,
  GuestsOrExternal,
  NamedLocation,
  Policy,
  Reason,
  Scenario,
  Tri,
} from './types.ts';

/** Everything a condition needs besides the policy. */
export interface Context {
  scenario: Scenario;
  /** `undefined` when no named locations were given at all. */
  locations: ReadonlyMap<string, NamedLocation> | undefined;
  /** Location answers already worked out in this evaluation, by entry (many policies share them). */
  locationMemo?: Map<string, Hit>;
  /** Names for ids: Office 365 membership is decided by name (see `apps.ts`). */
  names?: NameBook;
  /**
   * What a risk level, the insider risk or the authentication flow the scenario leaves out counts
   * as. `none` is Entra's What If ("all other conditions are optional and are assumed to be set
   * to none by default if no value is provided", Learn what-if-tool; Graph signInConditions:
   * "Default value is none"); `unknown` shows which policies depend on them.
   */
  unset?: 'none' | 'unknown';
}

/** A three-valued answer with the thing that decided it, for the reason. */
export interface Hit {
  tri: Tri;
  facet: string;
  target: string;
}

const lower = (s: string) => s.toLowerCase();

function or(hits: Hit[]): Hit {
  return (
    hits.find((h) => h.tri === 'yes') ??
    hits.find((h) => h.tri === 'unknown') ?? { tri: 'no', facet: hits[0]?.facet ?? '', target: '' }
  );
}

function result(
  condition: ConditionId,
  outcome: ConditionOutcome,
  key: string,
  params: Record<string, string | number> = {},
  notes: Reason[] = [],
): ConditionResult {
  return { condition, result: outcome, reason: { key, params }, notes };
}

/**
 * Combines an inclusion and an exclusion: excluded wins; an unknown on either side that could
 * change the answer makes it unknown. Keys are `<prefix>.included.<facet>` and so on.
 */
function includeExclude(
  condition: ConditionId,
  prefix: string,
  inc: Hit,
  exc: Hit,
  notIncluded: Record<string, string | number>,
  notes: Reason[] = [],
): ConditionResult {
  if (exc.tri === 'yes')
    return result(
      condition,
      'noMatch',
      `${prefix}.excluded.${exc.facet}`,
      { target: exc.target },
      notes,
    );
  if (inc.tri === 'no')
    return result(condition, 'noMatch', `${prefix}.notIncluded`, notIncluded, notes);
  if (inc.tri === 'yes' && exc.tri === 'no')
    return result(
      condition,
      'match',
      `${prefix}.included.${inc.facet}`,
      { target: inc.target },
      notes,
    );
  const unknown = exc.tri === 'unknown' ? exc : inc;
  return result(
    condition,
    'unknown',
    `${prefix}.unknown.${unknown.facet}`,
    { target: unknown.target },
    notes,
  );
}

// ---------------------------------------------------------------- users and workload identities

/** The guest or external types the scenario's user may be; `undefined` when nothing says. */
function guestTypes(s: Scenario): string[] | undefined {
  if (s.identity.kind !== 'user') return undefined;
  if (s.identity.externalUserType) return [lower(s.identity.externalUserType)];
  const tenant = s.identity.externalTenantId;
  if (s.directory.userType === 'guest')
    return tenant ? ['b2bcollaborationguest'] : ['internalguest', 'b2bcollaborationguest'];
  if (s.directory.userType === 'member') return tenant ? ['b2bcollaborationmember'] : ['none'];
  return undefined;
}

/** Whether the user falls under a `guestsOrExternalUsers` object (or the legacy keyword). */
export function guestMatch(s: Scenario, g: GuestsOrExternal | 'legacy'): Tri {
  const types = guestTypes(s);
  if (!types) return 'unknown';
  const listed = g === 'legacy' ? undefined : g.types.map(lower);
  const inList = (t: string) => (listed ? listed.includes(t) : t !== 'none');
  const hits = types.map(inList);
  const typeTri: Tri = hits.every(Boolean) ? 'yes' : hits.some(Boolean) ? 'unknown' : 'no';
  if (typeTri === 'no' || g === 'legacy' || g.tenants?.kind !== 'enumerated') return typeTri;
  if (types.every((t) => t === 'internalguest')) return typeTri;
  const tenant = s.identity.kind === 'user' ? s.identity.externalTenantId : undefined;
  if (!tenant) return 'unknown';
  return g.tenants.members.includes(tenant) ? typeTri : 'no';
}

function idHit(list: string[], id: string | undefined, facet: string): Hit {
  const ids = list.filter((x) => !['all', 'none', 'guestsorexternalusers'].includes(lower(x)));
  if (!ids.length) return { tri: 'no', facet, target: '' };
  if (id === undefined) return { tri: 'unknown', facet, target: ids[0] ?? '' };
  const found = ids.find((x) => lower(x) === id);
  return found ? { tri: 'yes', facet, target: found } : { tri: 'no', facet, target: '' };
}

function memberHit(list: string[], known: string[] | undefined, facet: string): Hit {
  if (!list.length) return { tri: 'no', facet, target: '' };
  const found = known && list.find((x) => known.includes(lower(x)));
  if (found) return { tri: 'yes', facet, target: found };
  if (!known) return { tri: 'unknown', facet, target: list[0] ?? '' };
  return { tri: 'no', facet, target: '' };
}

export function users(p: Policy, { scenario: s }: Context): ConditionResult {
  const u = p.conditions.users;
  if (s.identity.kind === 'servicePrincipal')
    return p.conditions.clientApplications
      ? result('users', 'notConfigured', 'users.workloadPolicy')
      : result('users', 'noMatch', 'users.servicePrincipal');
  if (!u) return result('users', 'noMatch', 'users.empty');
  const uid = s.identity.userId;
  const legacyGuest = (l: string[]) => l.some((x) => lower(x) === 'guestsorexternalusers');
  const guestHit = (g: GuestsOrExternal | undefined, legacy: boolean): Hit => {
    const parts: Hit[] = [];
    if (legacy)
      parts.push({ tri: guestMatch(s, 'legacy'), facet: 'guest', target: 'GuestsOrExternalUsers' });
    if (g) parts.push({ tri: guestMatch(s, g), facet: 'guest', target: g.types.join(', ') });
    return or(parts);
  };
  const all = u.users.include.some((x) => lower(x) === 'all');
  const inc = or([
    { tri: all ? 'yes' : 'no', facet: 'all', target: 'All' },
    idHit(u.users.include, uid, 'user'),
    memberHit(u.groups.include, s.directory.groupIds, 'group'),
    memberHit(u.roles.include, s.directory.roleTemplateIds, 'role'),
    guestHit(u.includeGuests, legacyGuest(u.users.include)),
  ]);
  const exc = or([
    idHit(u.users.exclude, uid, 'user'),
    memberHit(u.groups.exclude, s.directory.groupIds, 'group'),
    memberHit(u.roles.exclude, s.directory.roleTemplateIds, 'role'),
    guestHit(u.excludeGuests, legacyGuest(u.users.exclude)),
  ]);
  const nothing =
    !all &&
    !u.users.include.some((x) => lower(x) !== 'none') &&
    !u.groups.include.length &&
    !u.roles.include.length &&
    !u.includeGuests;
  if (nothing) return result('users', 'noMatch', 'users.includeNone');
  return includeExclude('users', 'users', inc, exc, {});
}

export function workloadIdentities(p: Policy, { scenario: s }: Context): ConditionResult {
  const c = p.conditions.clientApplications;
  if (!c) return result('workloadIdentities', 'notConfigured', 'workload.notConfigured');
  if (s.identity.kind !== 'servicePrincipal')
    return result('workloadIdentities', 'noMatch', 'workload.userIdentity');
  const sp = s.identity.servicePrincipalId;
  const inMyTenant = c.include.some((x) => lower(x) === 'serviceprincipalsinmytenant');
  const inc = or([
    { tri: inMyTenant ? 'yes' : 'no', facet: 'all', target: 'ServicePrincipalsInMyTenant' },
    idHit(c.include, sp, 'id'),
  ]);
  const exc = idHit(c.exclude, sp, 'id');
  const notes: Reason[] = inMyTenant ? [{ key: 'workload.singleTenantOnly', params: {} }] : [];
  const r = includeExclude('workloadIdentities', 'workload', inc, exc, {}, notes);
  if (c.hasFilter && r.result === 'match')
    return result('workloadIdentities', 'unknown', 'workload.filter', {}, notes);
  return r;
}

// ---------------------------------------------------------------- target resources

const userActionUrns: Record<string, string> = {
  registersecurityinformation: 'urn:user:registersecurityinfo',
  registerorjoindevices: 'urn:user:registerdevice',
};

/** The user action as the URN a policy stores. */
export function userActionUrn(action: string): string {
  return userActionUrns[lower(action)] ?? lower(action);
}

function appHit(list: string[], app: string, names?: NameBook): Hit {
  const hits: Hit[] = list.map((entry) => {
    const e = lower(entry);
    if (e === 'all') return { tri: 'yes', facet: 'all', target: 'All' };
    if (e === 'none') return { tri: 'no', facet: 'app', target: '' };
    if (isBundle(e)) {
      const tri = bundleMember(e, app, names);
      // Office 365 is decided by name: an app without a known name is the one thing unknown.
      const facet = tri === 'unknown' && e === 'office365' ? 'bundleName' : 'bundle';
      return { tri, facet, target: entry };
    }
    if (e === app) return { tri: 'yes', facet: 'app', target: entry };
    // A keyword the engine does not know (e.g. beta's AllAgentIdResources) may cover the app.
    if (!isGuid(e) && /^[a-z][a-z0-9]*$/i.test(entry) && isGuid(app))
      return { tri: 'unknown', facet: 'keyword', target: entry };
    return { tri: 'no', facet: 'app', target: entry };
  });
  return or(hits);
}

export function applications(p: Policy, { scenario: s, names }: Context): ConditionResult {
  const a = p.conditions.applications;
  const id: ConditionId = 'applications';
  if (!a || (!a.apps.include.length && !a.userActions.length && !a.authContexts.length))
    return result(id, 'noMatch', 'apps.empty');
  const mode = a.userActions.length
    ? 'userAction'
    : a.authContexts.length
      ? 'authContext'
      : 'application';
  const ctx = s.context;
  if (!ctx) {
    const allNoExclusions =
      mode === 'application' &&
      a.apps.include.some((x) => lower(x) === 'all') &&
      !a.apps.exclude.length;
    return allNoExclusions
      ? result(id, 'match', 'apps.included.all', { target: 'All' }, [
          { key: 'apps.noContext', params: {} },
        ])
      : result(id, 'unknown', 'apps.unknown.context');
  }
  if (ctx.kind !== mode)
    return result(id, 'noMatch', 'apps.mode', { policy: mode, signIn: ctx.kind });
  if (ctx.kind === 'userAction') {
    const urn = userActionUrn(ctx.action);
    return a.userActions.some((x) => lower(x) === urn)
      ? result(id, 'match', 'apps.userAction.match', { action: urn })
      : result(id, 'noMatch', 'apps.userAction.noMatch', {
          action: urn,
          listed: a.userActions.join(', '),
        });
  }
  if (ctx.kind === 'authContext') {
    return a.authContexts.some((x) => lower(x) === lower(ctx.value))
      ? result(id, 'match', 'apps.authContext.match', { value: ctx.value })
      : result(id, 'noMatch', 'apps.authContext.noMatch', {
          value: ctx.value,
          listed: a.authContexts.join(', '),
        });
  }
  // One result per requested resource; the policy applies if it covers any of them.
  const perApp = ctx.applications.map((app) =>
    includeExclude(
      id,
      'apps',
      appHit(a.apps.include, app, names),
      appHit(a.apps.exclude, app, names),
      { target: app },
    ),
  );
  const pick =
    perApp.find((r) => r.result === 'match') ??
    perApp.find((r) => r.result === 'unknown') ??
    perApp[0] ??
    result(id, 'unknown', 'apps.unknown.context');
  if (a.hasFilter && pick.result === 'match') return result(id, 'unknown', 'apps.unknown.filter');
  return pick;
}

// ---------------------------------------------------------------- platforms, client apps

export function platforms(p: Policy, { scenario: s }: Context): ConditionResult {
  const pl = p.conditions.platforms;
  if (!pl || !pl.include.length)
    return result('platforms', 'notConfigured', 'platforms.notConfigured');
  const inc = pl.include.map(lower);
  const exc = pl.exclude.map(lower);
  const platform =
    s.devicePlatform && lower(s.devicePlatform) !== 'all' ? lower(s.devicePlatform) : undefined;
  const all = inc.includes('all');
  if (!platform)
    return all && !exc.length
      ? result('platforms', 'match', 'platforms.included.all', { target: 'all' })
      : result('platforms', 'unknown', 'platforms.unknown.platform', { target: '' });
  const target = s.devicePlatform ?? platform;
  if (exc.includes(platform))
    return result('platforms', 'noMatch', 'platforms.excluded.platform', { target });
  if (all) return result('platforms', 'match', 'platforms.included.all', { target });
  return inc.includes(platform)
    ? result('platforms', 'match', 'platforms.included.platform', { target })
    : result('platforms', 'noMatch', 'platforms.notIncluded', {
        target,
        listed: pl.include.join(', '),
      });
}

export function clientApps(p: Policy, { scenario: s }: Context): ConditionResult {
  const list = p.conditions.clientAppTypes.map(lower);
  if (!list.length || list.includes('all'))
    return result('clientApps', 'notConfigured', 'clientApps.notConfigured');
  const ct =
    s.clientAppType && lower(s.clientAppType) !== 'all' ? lower(s.clientAppType) : undefined;
  const listed = p.conditions.clientAppTypes.join(', ');
  if (!ct) return result('clientApps', 'unknown', 'clientApps.unknown', { listed });
  const target = s.clientAppType ?? ct;
  if (list.includes(ct)) return result('clientApps', 'match', 'clientApps.match', { target });
  const eas = ['exchangeactivesync', 'eassupported'];
  if (eas.includes(ct) && list.some((x) => eas.includes(x)))
    return result('clientApps', 'unknown', 'clientApps.easVariant', { target, listed });
  return result('clientApps', 'noMatch', 'clientApps.noMatch', { target, listed });
}

// ---------------------------------------------------------------- locations

function locationName(id: string, ctx: Context): string {
  return ctx.locations?.get(lower(id))?.displayName ?? id;
}

/** Whether the sign-in is in one location entry of a policy, and why not known. */
function inLocation(entry: string, ctx: Context): Hit {
  const memo = ctx.locationMemo;
  const known = memo?.get(entry.toLowerCase());
  if (known) return known;
  const hit = locate(entry, ctx);
  memo?.set(entry.toLowerCase(), hit);
  return hit;
}

function locate(entry: string, ctx: Context): Hit {
  const s = ctx.scenario;
  const e = lower(entry);
  if (e === 'all') return { tri: 'yes', facet: 'all', target: 'All' };
  const ip = s.ipAddress ? parseIp(s.ipAddress) : undefined;
  // Left out, the compliant network counts as "not through it", as Entra's What If counts every
  // optional condition it is not given (Learn, what-if-tool); "not known" in the unknown mode.
  const compliant = s.directory.compliantNetwork ?? (ctx.unset === 'unknown' ? undefined : false);
  if (e === 'alltrusted') {
    if (!ctx.locations) return { tri: 'unknown', facet: 'noLocations', target: 'AllTrusted' };
    const all = [...ctx.locations.values()];
    // A compliant network location marked trusted counts when the sign-in comes through it.
    const trustedCompliant = all.find((l) => l.kind === 'compliantNetwork' && l.isTrusted);
    if (trustedCompliant && compliant === true)
      return { tri: 'yes', facet: 'trusted', target: trustedCompliant.displayName };
    if (!ip) return { tri: 'unknown', facet: 'ip', target: 'AllTrusted' };
    const hit = all.find(
      (l) => l.kind === 'ip' && l.isTrusted && l.ranges.some((r) => cidrContains(r, ip)),
    );
    if (hit) return { tri: 'yes', facet: 'trusted', target: hit.displayName };
    if (trustedCompliant && compliant === undefined)
      return { tri: 'unknown', facet: 'compliantNetwork', target: trustedCompliant.displayName };
    return { tri: 'no', facet: 'trusted', target: 'AllTrusted' };
  }
  const loc = ctx.locations?.get(e);
  if (!loc)
    return { tri: 'unknown', facet: ctx.locations ? 'missing' : 'noLocations', target: entry };
  if (loc.kind === 'compliantNetwork') {
    if (compliant === undefined)
      return { tri: 'unknown', facet: 'compliantNetwork', target: loc.displayName };
    return { tri: compliant ? 'yes' : 'no', facet: 'named', target: loc.displayName };
  }
  if (loc.kind === 'ip') {
    if (!ip) return { tri: 'unknown', facet: 'ip', target: loc.displayName };
    return {
      tri: loc.ranges.some((r) => cidrContains(r, ip)) ? 'yes' : 'no',
      facet: 'named',
      target: loc.displayName,
    };
  }
  if (loc.lookup === 'authenticatorAppGps')
    return { tri: 'unknown', facet: 'gps', target: loc.displayName };
  if (!s.country) return { tri: 'unknown', facet: 'country', target: loc.displayName };
  return {
    tri: loc.countries.includes(s.country.toUpperCase()) ? 'yes' : 'no',
    facet: 'named',
    target: loc.displayName,
  };
}

export function locations(p: Policy, ctx: Context): ConditionResult {
  const l = p.conditions.locations;
  if (!l || !l.include.length)
    return result('locations', 'notConfigured', 'locations.notConfigured');
  const inc = or(l.include.map((e) => inLocation(e, ctx)));
  const exc = or(l.exclude.map((e) => inLocation(e, ctx)));
  const notes: Reason[] = [];
  const usesTrusted = [...l.include, ...l.exclude].some((e) => lower(e) === 'alltrusted');
  if (usesTrusted) notes.push({ key: 'locations.mfaTrustedIps', params: {} });
  const s = ctx.scenario;
  if (s.ipAddress && !parseIp(s.ipAddress))
    notes.push({ key: 'locations.badIp', params: { ip: s.ipAddress } });
  return includeExclude(
    'locations',
    'locations',
    inc,
    exc,
    { ip: s.ipAddress ?? '', country: s.country ?? '' },
    notes,
  );
}

/** The display name of a location entry (for hints). */
export function locationLabel(entry: string, ctx: Context): string {
  return locationName(entry, ctx);
}

/** Whether the sign-in is in a location entry (for the exclusion hints). */
export function locationHit(entry: string, ctx: Context): Tri {
  return inLocation(entry, ctx).tri;
}

// ---------------------------------------------------------------- device filter and states

export function devices(p: Policy, { scenario: s }: Context): ConditionResult {
  const f = p.conditions.deviceFilter;
  if (!f) return result('devices', 'notConfigured', 'devices.notConfigured');
  const parsed = parseRule(f.rule);
  if (!parsed.ok)
    return result('devices', 'unknown', 'devices.invalidRule', {
      ...parsed.error.params,
      error: parsed.error.key,
      offset: parsed.error.offset,
      // The same place counted from 1, as a reader counts characters.
      position: parsed.error.offset + 1,
    });
  const view = deviceView(s.device);
  const ev = evaluateRule(parsed.ast, view, f.rule);
  const notes = [...lintRule(parsed.ast), ...ev.notes];
  if (!view.registered) notes.unshift({ key: 'devices.unregistered', params: {} });
  const inScope: Tri =
    f.mode === 'include'
      ? ev.result
      : ev.result === 'yes'
        ? 'no'
        : ev.result === 'no'
          ? 'yes'
          : 'unknown';
  const outcome: ConditionOutcome =
    inScope === 'yes' ? 'match' : inScope === 'no' ? 'noMatch' : 'unknown';
  const unknownLeaf = ev.leaves.find((x) => x.result === 'unknown');
  const key =
    outcome === 'unknown'
      ? 'devices.unknown'
      : `devices.${f.mode}.${ev.result === 'yes' ? 'ruleTrue' : 'ruleFalse'}`;
  const r = result(
    'devices',
    outcome,
    key,
    { rule: f.rule, property: unknownLeaf?.property ?? '' },
    notes,
  );
  r.trace = {
    mode: f.mode,
    rule: f.rule,
    ruleResult: ev.result,
    leaves: ev.leaves,
    registered: view.registered,
  };
  return r;
}

export function deviceStates(p: Policy, { scenario: s }: Context): ConditionResult {
  const d = p.conditions.deviceStates;
  if (!d) return result('deviceStates', 'notConfigured', 'deviceStates.notConfigured');
  const dev = s.device;
  const hits: Hit[] = d.exclude.map((state) => ({
    tri: inDeviceState(state, dev),
    facet: 'state',
    target: state,
  }));
  const exc = or(hits);
  if (exc.tri === 'yes')
    return result('deviceStates', 'noMatch', 'deviceStates.excluded', { target: exc.target });
  if (exc.tri === 'unknown')
    return result('deviceStates', 'unknown', 'deviceStates.unknown', { target: exc.target });
  return result('deviceStates', 'match', 'deviceStates.notExcluded', {
    listed: d.exclude.join(', '),
  });
}

// ---------------------------------------------------------------- risks, flows, times

function levels(
  condition: ConditionId,
  prefix: string,
  configured: string[],
  given: string[] | undefined,
  unset: 'none' | 'unknown' = 'none',
): ConditionResult {
  if (!configured.length) return result(condition, 'notConfigured', `${prefix}.notConfigured`);
  const listed = configured.join(', ');
  if (!given?.length) {
    if (unset === 'unknown') return result(condition, 'unknown', `${prefix}.unknown`, { listed });
    // Entra's What If: a value left out counts as none.
    const covered = configured.some((c) => lower(c) === 'none');
    return result(condition, covered ? 'match' : 'noMatch', 'unset.none', {
      listed,
      condition,
    });
  }
  const actual = given;
  const set = configured.map(lower);
  const hits = actual.map((a) => set.includes(lower(a)));
  const target = actual.join(', ');
  if (hits.every(Boolean)) return result(condition, 'match', `${prefix}.match`, { target, listed });
  if (!hits.some(Boolean))
    return result(condition, 'noMatch', `${prefix}.noMatch`, { target, listed });
  return result(condition, 'unknown', `${prefix}.unknown`, { listed });
}

const one = (v: string | undefined) => (v ? [v] : undefined);

export function signInRisk(p: Policy, { scenario: s, unset }: Context): ConditionResult {
  const c = p.conditions.signInRiskLevels;
  return levels('signInRisk', 'signInRisk', c, one(s.signInRiskLevel), unset);
}
export function userRisk(p: Policy, { scenario: s, unset }: Context): ConditionResult {
  return levels('userRisk', 'userRisk', p.conditions.userRiskLevels, s.userRiskLevels, unset);
}
export function servicePrincipalRisk(p: Policy, { scenario: s, unset }: Context): ConditionResult {
  const c = p.conditions.servicePrincipalRiskLevels;
  return levels(
    'servicePrincipalRisk',
    'servicePrincipalRisk',
    c,
    one(s.servicePrincipalRiskLevel),
    unset,
  );
}
export function insiderRisk(p: Policy, { scenario: s, unset }: Context): ConditionResult {
  const c = p.conditions.insiderRiskLevels;
  return levels('insiderRisk', 'insiderRisk', c, one(s.insiderRiskLevel), unset);
}
export function authenticationFlows(p: Policy, { scenario: s, unset }: Context): ConditionResult {
  const c = p.conditions.transferMethods;
  return levels('authenticationFlows', 'flows', c, one(s.transferMethod), unset);
}
export function times(p: Policy): ConditionResult {
  return p.conditions.hasTimes
    ? result('times', 'unknown', 'times.unknown')
    : result('times', 'notConfigured', 'times.notConfigured');
}

/**
 * Conditions set in the policy that the engine does not evaluate (beta agent conditions, and
 * anything Graph adds later): named, and "cannot tell", so they are never ignored in silence.
 */
export function notEvaluated(p: Policy): ConditionResult {
  const keys = p.conditions.notEvaluated;
  return keys.length
    ? result('notEvaluated', 'unknown', 'notEvaluated.unknown', { keys: keys.join(', ') })
    : result('notEvaluated', 'notConfigured', 'notEvaluated.none');
}

/** Every condition, in the order the result lists them. */
export const conditionOrder = [
  users,
  workloadIdentities,
  applications,
  platforms,
  locations,
  clientApps,
  devices,
  deviceStates,
  signInRisk,
  userRisk,
  servicePrincipalRisk,
  insiderRisk,
  authenticationFlows,
  times,
  notEvaluated,
] as const;
