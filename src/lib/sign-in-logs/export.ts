/**
 * Writes records back out as CSV, with the portal's own column names so that the file opens in
 * a spreadsheet and reads back into this tool. Two columns the portal lacks carry the policies.
 * Every cell goes through `csvCell`, which neutralises spreadsheet formulas.
 */
import { blockingPolicies } from './aggregate';
import { toCsv } from './csv';
import type { SignInRecord } from './types';

/** The exported columns, in order, and how each is read from a record. */
const columns: readonly (readonly [
  string,
  (r: SignInRecord) => string | number | boolean | null,
])[] = [
  ['Date (UTC)', (r) => r.createdDateTime],
  ['Request ID', (r) => r.requestId],
  ['Correlation ID', (r) => r.correlationId],
  ['User', (r) => r.userDisplayName],
  ['Username', (r) => r.userPrincipalName],
  ['User ID', (r) => r.userId],
  ['Application', (r) => r.appDisplayName],
  ['Application ID', (r) => r.appId],
  ['Resource', (r) => r.resourceDisplayName],
  ['Resource ID', (r) => r.resourceId],
  ['IP address', (r) => r.ipAddress],
  ['Location', (r) => [r.city, r.state, r.country].filter(Boolean).join(', ')],
  ['Status', (r) => (r.errorCode === null ? '' : r.errorCode === 0 ? 'Success' : 'Failure')],
  ['Sign-in error code', (r) => r.errorCode],
  ['Failure reason', (r) => r.failureReason],
  ['Client app', (r) => r.clientAppUsed],
  ['Device ID', (r) => r.device.id],
  ['Browser', (r) => r.device.browser],
  ['Operating System', (r) => r.device.operatingSystem],
  ['Compliant', (r) => r.device.compliant],
  ['Managed', (r) => r.device.managed],
  ['Join Type', (r) => r.device.trustType],
  ['Conditional Access', (r) => r.conditionalAccessStatus],
  [
    'Blocking policies',
    (r) =>
      blockingPolicies(r)
        .map((p) => p.displayName)
        .join('; '),
  ],
  [
    'Report-only policies',
    (r) =>
      (r.policies ?? [])
        .filter((p) => p.reportOnly)
        .map((p) => `${p.displayName} (${p.result})`)
        .join('; '),
  ],
];

/** The CSV text of `records`, header first, CRLF line ends. */
export function exportCsv(records: readonly SignInRecord[]): string {
  return toCsv([
    columns.map(([name]) => name),
    ...records.map((r) => columns.map(([, get]) => get(r))),
  ]);
}

/** A file name for an export: `sign-in-logs-<scope>-<yyyy-mm-dd>.csv`, ASCII only. */
export function exportFileName(scope: string, now: Date): string {
  const safe =
    scope
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'view';
  return `sign-in-logs-${safe}-${now.toISOString().slice(0, 10)}.csv`;
}
