/**
 * Turns one exported record into a {@link SignInRecord}, whatever its shape: Graph's camelCase
 * objects (portal JSON, Graph v1.0 and beta, JSON lines), the Graph PowerShell SDK's PascalCase
 * objects (with `AdditionalProperties`), Azure Monitor's diagnostic records (the sign-in under
 * `properties`), Log Analytics rows (JSON columns as strings), and portal CSV rows.
 *
 * Everything read from a file is untrusted: every field is checked for its type and falls back
 * to empty. Strings kept in a record go through the {@link Pool}.
 */
import { parseTimestamp } from './dates';
import { own, type Pool } from './pool';
import { kindOfCategory, type SignInKind } from './shapes';
import type { AppliedPolicy, DeviceInfo, RuleSatisfied, SignInRecord } from './types';

type Json = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or '' for anything else; numbers are written out. */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A list of strings; a comma-separated string is split (some exports flatten lists). */
function strList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str).filter((s) => s !== '');
  if (typeof value === 'string' && value.trim() !== '')
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return [];
}

/**
 * Reads a yes/no value: booleans, and the words exports use for them (`true`/`false`,
 * `Yes`/`No`, `1`/`0`). Anything else is unknown (null).
 */
export function parseBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  const text = str(value).trim().toLowerCase();
  if (text === 'true' || text === 'yes' || text === '1') return true;
  if (text === 'false' || text === 'no' || text === '0') return false;
  return null;
}

/** Reads an error code written as a number or as digits; null when there is none. */
export function parseErrorCode(value: unknown): number | null {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  const text = str(value).trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** `success`, `failure`, `notapplied`…: the overall status, lower case, no spaces. */
function caStatus(value: unknown): string {
  return str(value).toLowerCase().replace(/\s+/g, '');
}

/**
 * True when a grant control means Block. Graph's exact strings are unconfirmed ("Block" is what
 * real records show), so any case is accepted, and so is the prose form "Block access".
 */
export function isBlockControl(control: string): boolean {
  return /^block(\s*access)?$/i.test(control.trim());
}

/** True for a report-only result (`reportOnlyFailure`, `reportOnlyNotApplied`…): never a block. */
export function isReportOnlyResult(result: string): boolean {
  return /^reportonly/i.test(result.trim());
}

/**
 * Graph's `conditionalAccessConditions` flags in the order of their bits: Azure Monitor's
 * diagnostic records and Log Analytics write `conditionsSatisfied` as a number made of them
 * (1 application, 2 users, 4 device platform…), Graph as the names.
 */
export const conditionFlags = [
  'application',
  'users',
  'devicePlatform',
  'location',
  'clientType',
  'signInRisk',
  'userRisk',
  'time',
  'deviceState',
  'client',
  'ipAddressSeenByAzureAD',
  'ipAddressSeenByResourceProvider',
  'unknownFutureValue',
  'servicePrincipals',
  'servicePrincipalRisk',
  'authenticationFlows',
  'insiderRisk',
] as const;

/**
 * Reads `conditionsSatisfied` / `conditionsNotSatisfied`: Graph's flag string
 * (`"application,users"`, `"none"`) or a bit mask (`1035`); null when absent.
 */
export function conditionList(value: unknown): string[] | null {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    const names: string[] = [];
    conditionFlags.forEach((name, bit) => {
      if (Math.floor(value / 2 ** bit) % 2 === 1) names.push(name);
    });
    if (value >= 2 ** conditionFlags.length) names.push(String(value));
    return names;
  }
  if (typeof value !== 'string') return null;
  if (/^\d+$/.test(value.trim())) return conditionList(Number(value.trim()));
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.toLowerCase() !== 'none');
}

/** Field access that reads Graph's camelCase or PowerShell's PascalCase names. */
export interface Fields {
  /** The value of `name` (given in camelCase) in `obj`, or undefined. */
  get(obj: Json, name: string): unknown;
  /** True when `obj` has the field (even with a null value). */
  has(obj: Json, name: string): boolean;
}

/** camelCase names as Graph writes them. */
export const camelFields: Fields = {
  get: (obj, name) => obj[name],
  has: (obj, name) => name in obj,
};

const pascalNames = new Map<string, string>();

/** `ipAddress` → `IpAddress`, remembered. */
function pascal(name: string): string {
  let p = pascalNames.get(name);
  if (p === undefined) {
    p = name.charAt(0).toUpperCase() + name.slice(1);
    pascalNames.set(name, p);
  }
  return p;
}

/**
 * PascalCase names as the Graph PowerShell SDK serialises its objects; fields its model lacks
 * land in `AdditionalProperties`, which is read too.
 */
export const pascalFields: Fields = {
  get(obj, name) {
    const value = obj[pascal(name)];
    if (value !== undefined) return value;
    const extra = obj['AdditionalProperties'];
    return isObject(extra) ? (extra[name] ?? extra[pascal(name)]) : undefined;
  },
  has(obj, name) {
    if (pascal(name) in obj) return true;
    const extra = obj['AdditionalProperties'];
    return isObject(extra) && (name in extra || pascal(name) in extra);
  },
};

/** An object field, or an empty object. */
function obj(value: unknown): Json {
  return isObject(value) ? value : {};
}

/** Reads beta's `includeRulesSatisfied` / `excludeRulesSatisfied`; null when absent. */
function rules(value: unknown, f: Fields): RuleSatisfied[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((r) => ({
    condition: str(f.get(r, 'conditionalAccessCondition')),
    rule: str(f.get(r, 'ruleSatisfied')),
  }));
}

/** Normalises one `appliedConditionalAccessPolicy` (without sharing it: see {@link Pool}). */
export function normalisePolicy(raw: Json, f: Fields = camelFields): AppliedPolicy {
  const grantControls = strList(f.get(raw, 'enforcedGrantControls'));
  const result = str(f.get(raw, 'result'));
  const reportOnly = isReportOnlyResult(result);
  return {
    id: str(f.get(raw, 'id')),
    displayName: str(f.get(raw, 'displayName')),
    grantControls,
    sessionControls: strList(f.get(raw, 'enforcedSessionControls')),
    result,
    failedBlock:
      !reportOnly &&
      result.trim().toLowerCase() === 'failure' &&
      grantControls.some(isBlockControl),
    reportOnly,
    conditionsSatisfied: conditionList(f.get(raw, 'conditionsSatisfied')),
    conditionsNotSatisfied: conditionList(f.get(raw, 'conditionsNotSatisfied')),
    includeRules: rules(f.get(raw, 'includeRulesSatisfied'), f),
    excludeRules: rules(f.get(raw, 'excludeRulesSatisfied'), f),
  };
}

/**
 * Reads a policy list: an array, or a JSON string holding one (Log Analytics), or a single
 * policy (a KQL `mv-expand` row). Null when the field is absent or unreadable.
 */
export function policyList(value: unknown, f: Fields, pool: Pool): AppliedPolicy[] | null {
  let list = value;
  if (typeof list === 'string') {
    const text = list.trim();
    if (!text) return null;
    try {
      list = JSON.parse(text);
    } catch {
      return null;
    }
  }
  if (isObject(list)) list = [list];
  if (!Array.isArray(list)) return null;
  const out: AppliedPolicy[] = [];
  for (const p of list) if (isObject(p)) out.push(sharedPolicy(p, f, pool));
  return out;
}

/**
 * The pool's shared entry for a raw policy: looked up by id, result and conditions, confirmed by
 * the other fields, made only when new. A log repeats the same few entries on every record.
 */
function sharedPolicy(raw: Json, f: Fields, pool: Pool): AppliedPolicy {
  const key = `${str(f.get(raw, 'id'))}\u0001${str(f.get(raw, 'result'))}\u0001${String(
    f.get(raw, 'conditionsSatisfied'),
  )}\u0001${String(f.get(raw, 'conditionsNotSatisfied'))}`;
  const candidates = pool.candidates(key);
  if (candidates) for (const c of candidates) if (samePolicy(c, raw, f)) return c;
  const made = pool.policy(normalisePolicy(raw, f));
  pool.remember(key, made);
  return made;
}

/** True when a raw policy says what a shared entry says (besides the key's fields). */
function samePolicy(c: AppliedPolicy, raw: Json, f: Fields): boolean {
  return (
    c.displayName === str(f.get(raw, 'displayName')) &&
    sameList(c.grantControls, f.get(raw, 'enforcedGrantControls')) &&
    sameList(c.sessionControls, f.get(raw, 'enforcedSessionControls')) &&
    sameRules(c.includeRules, f.get(raw, 'includeRulesSatisfied'), f) &&
    sameRules(c.excludeRules, f.get(raw, 'excludeRulesSatisfied'), f)
  );
}

/** True when a raw list of strings reads as `list`. */
function sameList(list: readonly string[], raw: unknown): boolean {
  if (Array.isArray(raw) && raw.length === list.length && raw.every((x) => typeof x === 'string'))
    return raw.every((x, i) => x === list[i]);
  const read = strList(raw);
  return read.length === list.length && read.every((x, i) => x === list[i]);
}

/** True when raw rules read as `rules` (both absent counts as the same). */
function sameRules(rules: readonly RuleSatisfied[] | null, raw: unknown, f: Fields): boolean {
  if (!Array.isArray(raw)) return rules === null;
  if (rules === null) return false;
  const objects = raw.filter(isObject);
  return (
    objects.length === rules.length &&
    objects.every(
      (r, i) =>
        str(f.get(r, 'conditionalAccessCondition')) === rules[i]?.condition &&
        str(f.get(r, 'ruleSatisfied')) === rules[i]?.rule,
    )
  );
}

/** A JSON value that Log Analytics may have written as a string. */
function jsonValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return value;
  try {
    return JSON.parse(text);
  } catch {
    return value;
  }
}

/** The sign-in kind a Graph record says (beta's `signInEventTypes`, else `isInteractive`). */
function kindOfGraph(raw: Json, f: Fields, interactive: boolean | null): SignInKind {
  const types = f.get(raw, 'signInEventTypes');
  if (Array.isArray(types) && types.length) {
    const kinds = types.map((t) => kindOfCategory(str(t).replace(/User$/i, '')));
    const known = kinds.find((k) => k !== '');
    if (known) return known;
    const t = str(types[0]).toLowerCase();
    if (t.startsWith('noninteractive')) return 'non-interactive';
    if (t.startsWith('interactive')) return 'interactive';
  }
  if (interactive === true) return 'interactive';
  if (interactive === false) return 'non-interactive';
  return '';
}

/** What the caller knows about where a record sits. */
export interface RecordContext {
  index: number;
  file: number;
  pool: Pool;
}

/** The device block of a record. */
function device(raw: Json, f: Fields, pool: Pool): DeviceInfo {
  return {
    id: str(f.get(raw, 'deviceId')),
    displayName: pool.str(str(f.get(raw, 'displayName'))),
    operatingSystem: pool.str(str(f.get(raw, 'operatingSystem'))),
    browser: pool.str(str(f.get(raw, 'browser'))),
    compliant: parseBool(f.get(raw, 'isCompliant')),
    managed: parseBool(f.get(raw, 'isManaged')),
    trustType: pool.str(str(f.get(raw, 'trustType'))),
  };
}

/**
 * Normalises one Graph-shaped sign-in: portal JSON download, Graph v1.0 or beta, JSON lines
 * (camelCase), or the PowerShell SDK's objects (`pascalFields`). `kind` overrides what the record
 * says about its kind (a diagnostic record's category).
 */
export function normaliseGraphRecord(
  raw: Json,
  ctx: RecordContext,
  f: Fields = camelFields,
  override: {
    kind?: SignInKind;
    errorCode?: number | null;
    country?: string;
    source?: string;
  } = {},
): SignInRecord {
  const { pool } = ctx;
  const status = obj(f.get(raw, 'status'));
  const location = obj(f.get(raw, 'location'));
  // `appliedConditionalAccessPolicies` was `conditionalAccessPolicies` in early schemas.
  const rawPolicies =
    f.get(raw, 'appliedConditionalAccessPolicies') ?? f.get(raw, 'conditionalAccessPolicies');
  // Strings from JSON.parse are fresh copies: kept as they are (CSV fields are not: see own()).
  const createdDateTime = str(f.get(raw, 'createdDateTime'));
  const isInteractive = f.get(raw, 'isInteractive');
  const interactive = typeof isInteractive === 'boolean' ? isInteractive : null;
  const code = parseErrorCode(f.get(status, 'errorCode'));
  return {
    index: ctx.index,
    file: ctx.file,
    kind: override.kind || kindOfGraph(raw, f, interactive),
    source: pool.str(override.source ?? ''),
    requestId:
      str(f.get(raw, 'id')) || str(f.get(raw, 'originalRequestId')) || str(f.get(raw, 'requestId')),
    correlationId: str(f.get(raw, 'correlationId')),
    createdDateTime,
    time: parseTimestamp(createdDateTime),
    userPrincipalName: pool.str(str(f.get(raw, 'userPrincipalName'))),
    userDisplayName: pool.str(str(f.get(raw, 'userDisplayName'))),
    userId: pool.str(str(f.get(raw, 'userId'))),
    appId: pool.str(str(f.get(raw, 'appId'))),
    appDisplayName: pool.str(str(f.get(raw, 'appDisplayName'))),
    resourceId: pool.str(str(f.get(raw, 'resourceId'))),
    resourceDisplayName: pool.str(str(f.get(raw, 'resourceDisplayName'))),
    ipAddress: pool.str(str(f.get(raw, 'ipAddress'))),
    city: pool.str(str(f.get(location, 'city'))),
    state: pool.str(str(f.get(location, 'state'))),
    country: pool.str(
      str(f.get(location, 'countryOrRegion')) ||
        str(f.get(location, 'country')) ||
        override.country ||
        '',
    ),
    clientAppUsed: pool.str(str(f.get(raw, 'clientAppUsed'))),
    interactive,
    errorCode: code ?? override.errorCode ?? null,
    failureReason: pool.str(str(f.get(status, 'failureReason'))),
    additionalDetails: pool.str(str(f.get(status, 'additionalDetails'))),
    conditionalAccessStatus: pool.str(caStatus(f.get(raw, 'conditionalAccessStatus'))),
    device: device(obj(f.get(raw, 'deviceDetail')), f, pool),
    userAgent: pool.str(str(f.get(raw, 'userAgent'))),
    policies: policyList(rawPolicies, f, pool),
  };
}

/**
 * Normalises an Azure Monitor diagnostic-settings record (storage account, Event Hub): the
 * sign-in is under `properties`; the envelope's `category` names the log, `resultType` repeats
 * the error code (as text) and `location` the country.
 */
export function normaliseDiagnostic(raw: Json, ctx: RecordContext): SignInRecord {
  const properties = obj(raw['properties']);
  return normaliseGraphRecord(properties, ctx, camelFields, {
    kind: kindOfCategory(str(raw['category'])),
    source: sourceOf(str(raw['category'])),
    errorCode: parseErrorCode(raw['resultType']),
    country: str(raw['location']),
  });
}

/**
 * The log a category or table names, in one form for both (`SignInLogs` and `SigninLogs`,
 * `NonInteractiveUserSignInLogs` and `AADNonInteractiveUserSignInLogs`).
 */
export function sourceOf(name: string): string {
  return name.trim().toLowerCase().replace(/^aad/, '');
}

/** Canonical form of a Log Analytics column: lower case, without the ` [UTC]` of CSV headers. */
export function columnKey(name: string): string {
  return name
    .trim()
    .replace(/\s*\[utc\]$/i, '')
    .toLowerCase();
}

/**
 * Normalises one Log Analytics row (`SigninLogs`, `AADNonInteractiveUserSignInLogs`…), from the
 * portal's "Export to CSV" or from `az monitor log-analytics query`. `get` reads a column by its
 * canonical name ({@link columnKey}). Log Analytics' own `ResourceId`, `Resource` and
 * `ResourceGroup` describe the Entra tenant as an Azure resource, not the sign-in's resource,
 * which is `ResourceIdentity` / `ResourceDisplayName`.
 */
export function normaliseLogAnalytics(
  get: (column: string) => unknown,
  ctx: RecordContext,
): SignInRecord {
  const { pool } = ctx;
  const text = (column: string) => str(get(column)).trim();
  const status = obj(jsonValue(get('status')));
  const location = obj(jsonValue(get('locationdetails')));
  const deviceDetail = obj(jsonValue(get('devicedetail')));
  const createdDateTime = own(text('createddatetime') || text('timegenerated'));
  const interactive = parseBool(get('isinteractive'));
  const code = parseErrorCode(get('resulttype')) ?? parseErrorCode(status['errorCode']);
  // An empty cell means "not given": the other column may have it (both exist in SigninLogs).
  const rawPolicies = get('conditionalaccesspolicies');
  const given = typeof rawPolicies === 'string' ? rawPolicies.trim() !== '' : rawPolicies != null;
  const policies = policyList(
    given ? rawPolicies : get('appliedconditionalaccesspolicies'),
    camelFields,
    pool,
  );
  return {
    index: ctx.index,
    file: ctx.file,
    kind:
      kindOfCategory(text('type')) ||
      kindOfCategory(text('category')) ||
      (interactive === true ? 'interactive' : interactive === false ? 'non-interactive' : ''),
    source: pool.str(sourceOf(text('type') || text('category'))),
    requestId: own(text('id') || text('originalrequestid')),
    correlationId: own(text('correlationid')),
    createdDateTime,
    // Slashed dates are read again once the file's date order is known (see `intake.ts`).
    time: parseTimestamp(createdDateTime, 'mdy'),
    userPrincipalName: pool.str(text('userprincipalname') || text('alternatesigninname')),
    userDisplayName: pool.str(text('userdisplayname') || text('identity')),
    userId: pool.str(text('userid')),
    appId: pool.str(text('appid')),
    appDisplayName: pool.str(text('appdisplayname')),
    resourceId: pool.str(text('resourceidentity')),
    resourceDisplayName: pool.str(text('resourcedisplayname')),
    ipAddress: pool.str(text('ipaddress')),
    city: pool.str(str(location['city'])),
    state: pool.str(str(location['state'])),
    country: pool.str(str(location['countryOrRegion']) || text('location')),
    clientAppUsed: pool.str(text('clientappused')),
    interactive,
    errorCode: code,
    failureReason: pool.str(str(status['failureReason']) || text('resultdescription')),
    additionalDetails: pool.str(str(status['additionalDetails'])),
    conditionalAccessStatus: pool.str(caStatus(get('conditionalaccessstatus'))),
    device: device(deviceDetail, camelFields, pool),
    userAgent: pool.str(text('useragent')),
    policies,
  };
}

/** Canonical form of a CSV header: trimmed, case-folded, inner runs of spaces collapsed. */
export function headerKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The portal CSV columns this tool reads, by canonical header. Each field lists the names it is
 * known by; the first column present wins.
 */
export const csvColumns = {
  date: ['date (utc)', 'date', 'created date time', 'createddatetime'],
  requestId: ['request id', 'requestid'],
  correlationId: ['correlation id', 'correlationid'],
  userId: ['user id', 'userid'],
  user: ['user', 'user display name'],
  username: ['username', 'user principal name', 'userprincipalname'],
  application: ['application', 'app display name'],
  applicationId: ['application id', 'app id', 'appid'],
  resource: ['resource', 'resource display name'],
  resourceId: ['resource id', 'resourceid'],
  ipAddress: ['ip address', 'ipaddress'],
  location: ['location'],
  status: ['status'],
  errorCode: ['sign-in error code', 'error code', 'errorcode'],
  failureReason: ['failure reason', 'failurereason'],
  additionalDetails: ['additional details'],
  clientApp: ['client app', 'client app used'],
  deviceId: ['device id', 'deviceid'],
  browser: ['browser'],
  operatingSystem: ['operating system'],
  compliant: ['compliant'],
  managed: ['managed'],
  joinType: ['join type'],
  conditionalAccess: ['conditional access'],
  userAgent: ['user agent'],
} as const satisfies Record<string, readonly string[]>;

export type CsvField = keyof typeof csvColumns;

/** For each field, the positions of every column carrying it (names repeat in real exports). */
export type CsvHeaderMap = Partial<Record<CsvField, number[]>>;

/** Builds the header map of a CSV file from its first row; order and position never matter. */
export function mapCsvHeader(header: readonly string[]): CsvHeaderMap {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = headerKey(name);
    positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const map: CsvHeaderMap = {};
  for (const [field, names] of Object.entries(csvColumns) as [CsvField, readonly string[]][]) {
    const found = names.flatMap((n) => positions.get(n) ?? []);
    if (found.length) map[field] = found;
  }
  return map;
}

/** Splits the portal's `City, State, CC` location; the country is the last part. */
export function splitLocation(text: string): { city: string; state: string; country: string } {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length === 1) return { city: '', state: '', country: parts[0] ?? '' };
  return {
    city: parts[0] ?? '',
    state: parts.length > 2 ? parts.slice(1, -1).join(', ') : '',
    country: parts[parts.length - 1] ?? '',
  };
}

/**
 * Normalises one row of the portal CSV through its header map. `kind` comes from the file name
 * (the CSV itself does not say). Slashed dates are read day-first here and again once the
 * file's order is known.
 */
export function normaliseCsvRow(
  fields: readonly string[],
  map: CsvHeaderMap,
  ctx: RecordContext,
  kind: SignInKind = '',
): SignInRecord {
  const { pool } = ctx;
  /** The first non-empty value among the columns of a field. */
  const get = (field: CsvField): string => {
    for (const i of map[field] ?? []) {
      const value = fields[i]?.trim();
      if (value) return value;
    }
    return '';
  };
  const createdDateTime = own(get('date'));
  const status = get('status').toLowerCase();
  let errorCode = parseErrorCode(get('errorCode'));
  if (errorCode === null && status === 'success') errorCode = 0;
  const location = splitLocation(get('location'));
  return {
    index: ctx.index,
    file: ctx.file,
    kind,
    source: '',
    requestId: own(get('requestId')),
    correlationId: own(get('correlationId')),
    createdDateTime,
    time: parseTimestamp(createdDateTime),
    userPrincipalName: pool.str(get('username')),
    userDisplayName: pool.str(get('user')),
    userId: pool.str(get('userId')),
    appId: pool.str(get('applicationId')),
    appDisplayName: pool.str(get('application')),
    resourceId: pool.str(get('resourceId')),
    resourceDisplayName: pool.str(get('resource')),
    ipAddress: pool.str(get('ipAddress')),
    city: pool.str(location.city),
    state: pool.str(location.state),
    country: pool.str(location.country),
    clientAppUsed: pool.str(get('clientApp')),
    interactive: null,
    errorCode,
    failureReason: pool.str(get('failureReason')),
    additionalDetails: pool.str(get('additionalDetails')),
    conditionalAccessStatus: pool.str(caStatus(get('conditionalAccess'))),
    device: {
      id: own(get('deviceId')),
      displayName: '',
      operatingSystem: pool.str(get('operatingSystem')),
      browser: pool.str(get('browser')),
      compliant: parseBool(get('compliant')),
      managed: parseBool(get('managed')),
      trustType: pool.str(get('joinType')),
    },
    userAgent: pool.str(get('userAgent')),
    policies: null,
  };
}
