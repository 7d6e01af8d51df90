/**
 * The shapes of sign-in log files the reader knows, how a record of each is recognised, and the
 * fields each shape should carry (a missing one is named in a warning, never guessed).
 *
 * Recognition is by content, never by file name: a JSON record's keys (Graph's camelCase,
 * PowerShell's PascalCase, Log Analytics' columns, Azure Monitor's diagnostic envelope) and a
 * CSV's header. The file name only adds a hint the content cannot give: whether a portal CSV
 * holds interactive or non-interactive sign-ins (`InteractiveSignIns_…`, `NonInteractiveSignIns_…`).
 */
import { isObject } from './normalise';

/** The file shapes, as the `data-shape` hook names them. */
export const shapeIds = [
  'portal-json',
  'portal-csv',
  'graph-v1',
  'graph-beta',
  'graph',
  'graph-jsonl',
  'powershell-json',
  'log-analytics-csv',
  'log-analytics-json',
  'diagnostic-json',
  'diagnostic-jsonl',
  'event-hub-json',
] as const;

/** One shape the reader recognises. */
export type ShapeId = (typeof shapeIds)[number];

/** Which sign-in log a record comes from (Entra's four kinds), or '' when the file does not say. */
export type SignInKind =
  'interactive' | 'non-interactive' | 'service-principal' | 'managed-identity' | '';

/** The sign-in kinds, in the order the interface lists them. */
export const signInKinds = [
  'interactive',
  'non-interactive',
  'service-principal',
  'managed-identity',
] as const satisfies readonly SignInKind[];

/** What a parsed JSON value is, for the reader. */
export type ItemKind =
  /** A Graph `signIn` in camelCase (portal JSON, Graph, JSON lines). */
  | 'graph'
  /** A Graph PowerShell SDK object serialised by `ConvertTo-Json` (PascalCase). */
  | 'powershell'
  /** A row of a Log Analytics query (`SigninLogs`, `AADNonInteractiveUserSignInLogs`…). */
  | 'log-analytics'
  /** An Azure Monitor diagnostic-settings record: envelope, sign-in under `properties`. */
  | 'diagnostic'
  /** A Graph page `{ "value": [...] }` inside an array or a line. */
  | 'graph-page'
  /** An Event Hub message `{ "records": [...] }` inside an array or a line. */
  | 'records'
  /** Log Analytics' query API answer `{ "tables": [{ "columns", "rows" }] }`. */
  | 'tables';

/** True when an object has any of `keys`. */
function hasAny(value: Record<string, unknown>, keys: readonly string[]): boolean {
  for (const key of keys) if (key in value) return true;
  return false;
}

/** Keys only a Graph sign-in record carries, in camelCase. */
const graphKeys = [
  'createdDateTime',
  'appliedConditionalAccessPolicies',
  'conditionalAccessStatus',
  'userPrincipalName',
  'clientAppUsed',
] as const;

/** The same in PascalCase, as the Graph PowerShell SDK's objects serialise. */
const powershellKeys = [
  'CreatedDateTime',
  'AppliedConditionalAccessPolicies',
  'UserPrincipalName',
  'ClientAppUsed',
] as const;

/** Log Analytics columns no Graph record has. */
const logAnalyticsKeys = [
  'ResultType',
  'TimeGenerated',
  'TimeGenerated [UTC]',
  'ConditionalAccessPolicies',
  'TableName',
] as const;

/** Decides what a parsed JSON value is; null when it is none of the things the reader reads. */
export function classifyItem(value: unknown): ItemKind | null {
  if (!isObject(value)) return null;
  const properties = value['properties'];
  if (
    isObject(properties) &&
    hasAny(value, ['category', 'operationName', 'resultType']) &&
    (hasAny(properties, graphKeys) || 'status' in properties || 'id' in properties)
  )
    return 'diagnostic';
  if (Array.isArray(value['value'])) return 'graph-page';
  if (Array.isArray(value['records'])) return 'records';
  if (Array.isArray(value['tables'])) return 'tables';
  if (hasAny(value, logAnalyticsKeys) && ('ResultType' in value || 'Type' in value))
    return 'log-analytics';
  if (hasAny(value, powershellKeys) || (isObject(value['Status']) && 'Id' in value))
    return 'powershell';
  if (
    hasAny(value, graphKeys) ||
    'correlationId' in value ||
    ('status' in value && 'id' in value && isObject(value['status']))
  )
    return 'graph';
  return null;
}

/** The sign-in kind named by a diagnostic category or a Log Analytics table. */
export function kindOfCategory(category: string): SignInKind {
  const c = category.trim().toLowerCase();
  if (!c) return '';
  if (c.includes('noninteractive')) return 'non-interactive';
  if (c.includes('managedidentity')) return 'managed-identity';
  if (c.includes('serviceprincipal')) return 'service-principal';
  if (c === 'signinlogs' || c === 'interactiveuser' || c === 'aadsigninlogs') return 'interactive';
  return '';
}

/** The sign-in kind a portal file name gives (`NonInteractiveSignIns_2024-07-23_….csv`). */
export function kindOfFileName(name: string): SignInKind {
  const base = name.toLowerCase().replace(/^.*[\\/]/, '');
  if (/^noninteractive/.test(base) || base.includes('non-interactive')) return 'non-interactive';
  if (/^interactive/.test(base)) return 'interactive';
  if (/^serviceprincipal/.test(base)) return 'service-principal';
  if (/^managedidentit/.test(base)) return 'managed-identity';
  return '';
}

/**
 * The fields each shape should carry, as that shape names them. A field missing from every
 * record is named in a warning; one missing from some records is named with how many.
 */
export const expectedFields = {
  graph: [
    'id',
    'createdDateTime',
    'status.errorCode',
    'appliedConditionalAccessPolicies',
    'conditionalAccessStatus',
    'userPrincipalName',
    'appId',
    'resourceId',
    'ipAddress',
    'location',
    'deviceDetail',
    'clientAppUsed',
  ],
  powershell: [
    'Id',
    'CreatedDateTime',
    'Status.ErrorCode',
    'AppliedConditionalAccessPolicies',
    'ConditionalAccessStatus',
    'UserPrincipalName',
    'AppId',
    'ResourceId',
    'IpAddress',
    'Location',
    'DeviceDetail',
    'ClientAppUsed',
  ],
  diagnostic: [
    'properties.id',
    'properties.createdDateTime',
    'properties.status.errorCode',
    'properties.appliedConditionalAccessPolicies',
    'properties.conditionalAccessStatus',
    'properties.userPrincipalName',
    'properties.appId',
    'properties.resourceId',
    'properties.ipAddress',
    'properties.location',
    'properties.deviceDetail',
    'properties.clientAppUsed',
  ],
  'log-analytics': [
    'Id',
    'CreatedDateTime',
    'ResultType',
    'ConditionalAccessPolicies',
    'ConditionalAccessStatus',
    'UserPrincipalName',
    'AppId',
    'ResourceIdentity',
    'IPAddress',
    'LocationDetails',
    'DeviceDetail',
    'ClientAppUsed',
  ],
  'portal-csv': [
    'Date (UTC)',
    'Request ID',
    'Correlation ID',
    'Username',
    'Application ID',
    'Resource ID',
    'IP address',
    'Location',
    'Status',
    'Sign-in error code',
    'Client app',
    'Operating System',
    'Join Type',
    'Conditional Access',
  ],
} as const;

/** The record kinds that have a list of expected fields. */
export type FieldSet = keyof typeof expectedFields;
