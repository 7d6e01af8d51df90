/**
 * The questions the results view asks of the records after the summary: which events a filter
 * keeps (a policy clicked, an error code, a search text), one page of them as light rows, and
 * which event a Request Id or Correlation Id pasted from a user's details block points to.
 */
import {
  BLOCK_CODE,
  blockingPolicies,
  policyKey,
  policyRole,
  userKey,
  type PolicyRole,
} from './aggregate';
import type { SignInRecord } from './types';

/** Which sign-ins the list starts from. */
export type Scope = 'blocked' | 'conditional-access' | 'failures' | 'all';

/**
 * The scope the list opens with: the 53003 blocks when the file has any, else the other
 * Conditional Access failures, else everything.
 */
export function defaultScope(summary: {
  blocked: number;
  conditionalAccessFailures: number;
}): Scope {
  if (summary.blocked > 0) return 'blocked';
  if (summary.conditionalAccessFailures > 0) return 'conditional-access';
  return 'all';
}

/** What the event list shows. */
export interface EventFilter {
  scope: Scope;
  /** Only this error code, when set. */
  code?: number | null;
  /** Only events where this policy played this role, when set. */
  policy?: { key: string; role: PolicyRole } | null;
  /** Only events whose user, app, resource, IP, country or ids contain this text. */
  text?: string;
}

/** One line of the event list: enough to scan, not the whole record. */
export interface EventRow {
  index: number;
  createdDateTime: string;
  time: number;
  user: string;
  app: string;
  resource: string;
  errorCode: number | null;
  country: string;
  ipAddress: string;
  /** Names of the policies that blocked this sign-in (none unless it is a 53003). */
  blockingPolicies: string[];
}

/** Builds a predicate for a filter; `caCodes` are the Conditional Access error codes. */
export function eventPredicate(
  filter: EventFilter,
  caCodes: ReadonlySet<number>,
): (r: SignInRecord) => boolean {
  const text = filter.text?.trim().toLowerCase() ?? '';
  const { code, policy, scope } = filter;
  return (r) => {
    const c = r.errorCode;
    if (scope === 'blocked' && c !== BLOCK_CODE) return false;
    if (scope === 'conditional-access' && (c === null || !caCodes.has(c))) return false;
    if (scope === 'failures' && (c === null || c === 0)) return false;
    if (code !== undefined && code !== null && c !== code) return false;
    if (
      policy &&
      !r.policies?.some((p) => policyKey(p) === policy.key && policyRole(p, r) === policy.role)
    )
      return false;
    if (text) {
      const haystack = [
        r.userPrincipalName,
        r.userDisplayName,
        r.appDisplayName,
        r.appId,
        r.resourceDisplayName,
        r.resourceId,
        r.ipAddress,
        r.country,
        r.city,
        r.requestId,
        r.correlationId,
      ]
        .join('\n')
        .toLowerCase();
      if (!haystack.includes(text)) return false;
    }
    return true;
  };
}

/** The records a filter keeps, in file order. */
export function filterRecords(
  records: readonly SignInRecord[],
  filter: EventFilter,
  caCodes: ReadonlySet<number>,
): SignInRecord[] {
  return records.filter(eventPredicate(filter, caCodes));
}

/** The light row of a record. */
export function eventRow(r: SignInRecord): EventRow {
  return {
    index: r.index,
    createdDateTime: r.createdDateTime,
    time: r.time,
    user: userKey(r),
    app: r.appDisplayName || r.appId,
    resource: r.resourceDisplayName || r.resourceId,
    errorCode: r.errorCode,
    country: r.country,
    ipAddress: r.ipAddress,
    blockingPolicies: blockingPolicies(r).map((p) => p.displayName),
  };
}

/** A GUID anywhere in a text. */
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The ids a pasted text carries, by the label in front of them where there is one. */
export interface PastedIds {
  requestIds: string[];
  correlationIds: string[];
  /** GUIDs with no recognised label in front: tried as either. */
  unlabelled: string[];
}

/**
 * Reads the ids out of what the admin pasted: a bare GUID, or a whole details block
 * (`Request Id: …`, `Correlation Id: …`), or an app's error text (`Trace ID: …`, believed to be
 * the Request Id). Lower case, without duplicates.
 */
export function extractIds(text: string): PastedIds {
  const ids: PastedIds = { requestIds: [], correlationIds: [], unlabelled: [] };
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    for (const match of line.matchAll(GUID)) {
      const id = match[0].toLowerCase();
      if (seen.has(id)) continue;
      seen.add(id);
      const before = line.slice(0, match.index).toLowerCase();
      if (/(request|trace)[\s_-]*id\W*$/.test(before)) ids.requestIds.push(id);
      else if (/correlation[\s_-]*id\W*$/.test(before)) ids.correlationIds.push(id);
      else ids.unlabelled.push(id);
    }
  }
  return ids;
}

/** One event found by id, and which id matched. */
export interface LookupMatch {
  index: number;
  by: 'requestId' | 'correlationId';
}

/**
 * Finds the events a pasted text points to. A Request Id names one sign-in; a Correlation Id
 * may name several (one session), so Request Id matches come first.
 */
export function lookupEvents(records: readonly SignInRecord[], text: string): LookupMatch[] {
  const ids = extractIds(text);
  const asRequest = new Set([...ids.requestIds, ...ids.unlabelled]);
  const asCorrelation = new Set([...ids.correlationIds, ...ids.unlabelled]);
  if (!asRequest.size && !asCorrelation.size) return [];
  const byRequest: LookupMatch[] = [];
  const byCorrelation: LookupMatch[] = [];
  for (const r of records) {
    if (r.requestId && asRequest.has(r.requestId.toLowerCase()))
      byRequest.push({ index: r.index, by: 'requestId' });
    else if (r.correlationId && asCorrelation.has(r.correlationId.toLowerCase()))
      byCorrelation.push({ index: r.index, by: 'correlationId' });
  }
  return [...byRequest, ...byCorrelation];
}
