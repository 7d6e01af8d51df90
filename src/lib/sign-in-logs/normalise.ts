/**
 * Turns one exported record into a {@link SignInRecord}: Graph-shaped objects (portal JSON download,
 * Graph v1.0 and beta) and portal CSV rows (through a header map built once per file). Everything
 * read from a file is untrusted: every field is checked for its type and falls back to empty.
 */
import type { AppliedPolicy, DeviceInfo, RuleSatisfied, SignInRecord } from './types';

type Json = Record<string, unknown>;

/** True for a plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field, or '' for anything else; numbers are written out. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** An object field, or an empty object. */
function obj(value: unknown): Json {
  return isObject(value) ? value : {};
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

/**
 * Parses a timestamp to epoch milliseconds. ISO 8601 with a zone as Graph writes it; an ISO-like
 * date-time without a zone is taken as UTC (the portal's CSV column says "Date (UTC)"). NaN when
 * the text is not a date.
 */
export function parseTimestamp(text: string): number {
  const t = text.trim();
  if (!t) return NaN;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(t))
    return Date.parse(`${t.replace(' ', 'T')}Z`);
  return Date.parse(t);
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

/** Reads beta's `includeRulesSatisfied` / `excludeRulesSatisfied`; null when absent. */
function rules(value: unknown): RuleSatisfied[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isObject).map((r) => ({
    condition: str(r['conditionalAccessCondition']),
    rule: str(r['ruleSatisfied']),
  }));
}

/** Reads beta's `conditionsSatisfied` flag string (`"application,users"`); null when absent. */
function flags(value: unknown): string[] | null {
  if (typeof value !== 'string') return null;
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '' && s.toLowerCase() !== 'none');
}

/** Normalises one `appliedConditionalAccessPolicy`. */
export function normalisePolicy(raw: Json): AppliedPolicy {
  const grantControls = strList(raw['enforcedGrantControls']);
  const result = str(raw['result']);
  const reportOnly = isReportOnlyResult(result);
  return {
    id: str(raw['id']),
    displayName: str(raw['displayName']),
    grantControls,
    sessionControls: strList(raw['enforcedSessionControls']),
    result,
    blocking:
      !reportOnly &&
      result.trim().toLowerCase() === 'failure' &&
      grantControls.some(isBlockControl),
    reportOnly,
    conditionsSatisfied: flags(raw['conditionsSatisfied']),
    conditionsNotSatisfied: flags(raw['conditionsNotSatisfied']),
    includeRules: rules(raw['includeRulesSatisfied']),
    excludeRules: rules(raw['excludeRulesSatisfied']),
  };
}

/** True when an object carries at least one field only a sign-in record has. */
export function looksLikeSignIn(value: unknown): boolean {
  if (!isObject(value)) return false;
  return (
    'createdDateTime' in value ||
    'correlationId' in value ||
    'appliedConditionalAccessPolicies' in value ||
    ('status' in value && 'userPrincipalName' in value)
  );
}

/** Normalises one Graph-shaped sign-in (portal JSON download, Graph v1.0 or beta). */
export function normaliseGraphRecord(raw: Json, index: number): SignInRecord {
  const status = obj(raw['status']);
  const location = obj(raw['location']);
  const device = obj(raw['deviceDetail']);
  // `appliedConditionalAccessPolicies` was `conditionalAccessPolicies` in early schemas.
  const rawPolicies = raw['appliedConditionalAccessPolicies'] ?? raw['conditionalAccessPolicies'];
  const createdDateTime = str(raw['createdDateTime']);
  return {
    index,
    requestId: str(raw['id']) || str(raw['originalRequestId']) || str(raw['requestId']),
    correlationId: str(raw['correlationId']),
    createdDateTime,
    time: parseTimestamp(createdDateTime),
    userPrincipalName: str(raw['userPrincipalName']),
    userDisplayName: str(raw['userDisplayName']),
    userId: str(raw['userId']),
    appId: str(raw['appId']),
    appDisplayName: str(raw['appDisplayName']),
    resourceId: str(raw['resourceId']),
    resourceDisplayName: str(raw['resourceDisplayName']),
    ipAddress: str(raw['ipAddress']),
    city: str(location['city']),
    state: str(location['state']),
    country: str(location['countryOrRegion']) || str(location['country']),
    clientAppUsed: str(raw['clientAppUsed']),
    interactive: typeof raw['isInteractive'] === 'boolean' ? raw['isInteractive'] : null,
    errorCode: parseErrorCode(status['errorCode']),
    failureReason: str(status['failureReason']),
    additionalDetails: str(status['additionalDetails']),
    conditionalAccessStatus: caStatus(raw['conditionalAccessStatus']),
    device: {
      id: str(device['deviceId']),
      displayName: str(device['displayName']),
      operatingSystem: str(device['operatingSystem']),
      browser: str(device['browser']),
      compliant: parseBool(device['isCompliant']),
      managed: parseBool(device['isManaged']),
      trustType: str(device['trustType']),
    },
    userAgent: str(raw['userAgent']),
    policies: Array.isArray(rawPolicies) ? rawPolicies.filter(isObject).map(normalisePolicy) : null,
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

/** Normalises one row of the portal CSV through its header map. */
export function normaliseCsvRow(
  fields: readonly string[],
  map: CsvHeaderMap,
  index: number,
): SignInRecord {
  /** The first non-empty value among the columns of a field. */
  const get = (field: CsvField): string => {
    for (const i of map[field] ?? []) {
      const value = fields[i]?.trim();
      if (value) return value;
    }
    return '';
  };
  const createdDateTime = get('date');
  const status = get('status').toLowerCase();
  let errorCode = parseErrorCode(get('errorCode'));
  if (errorCode === null && status === 'success') errorCode = 0;
  const device: DeviceInfo = {
    id: get('deviceId'),
    displayName: '',
    operatingSystem: get('operatingSystem'),
    browser: get('browser'),
    compliant: parseBool(get('compliant')),
    managed: parseBool(get('managed')),
    trustType: get('joinType'),
  };
  const location = splitLocation(get('location'));
  return {
    index,
    requestId: get('requestId'),
    correlationId: get('correlationId'),
    createdDateTime,
    time: parseTimestamp(createdDateTime),
    userPrincipalName: get('username'),
    userDisplayName: get('user'),
    userId: get('userId'),
    appId: get('applicationId'),
    appDisplayName: get('application'),
    resourceId: get('resourceId'),
    resourceDisplayName: get('resource'),
    ipAddress: get('ipAddress'),
    ...location,
    clientAppUsed: get('clientApp'),
    interactive: null,
    errorCode,
    failureReason: get('failureReason'),
    additionalDetails: get('additionalDetails'),
    conditionalAccessStatus: caStatus(get('conditionalAccess')),
    device,
    userAgent: get('userAgent'),
    policies: null,
  };
}
