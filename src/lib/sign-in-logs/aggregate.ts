/**
 * Answers "which policy did this, to whom, from where, since when" over normalised records:
 * totals per error code, the blocking policies, the policies whose requirements were not met,
 * the report-only policies (kept apart: they never block) and, for each group, its users, apps,
 * resources, countries, device platforms, device states, client types and timeline, each value
 * counted in sign-ins and in distinct users (the insights workbook's two views).
 *
 * A policy blocked a sign-in when the sign-in failed with 53003 and the policy's result is
 * `failure` with Block among its controls. The same result on a sign-in that failed with another
 * code (say 50097, device authentication required) did not produce a 53003: such a policy is
 * listed apart ({@link PolicyRole} `other-failure`), never among the blocking ones.
 */
import type { SignInKind } from './shapes';
import type { AppliedPolicy, SignInRecord } from './types';

/** The error code of a sign-in blocked by a Conditional Access Block control. */
export const BLOCK_CODE = 53003;

/** What the summary needs to know of each error code (a subset of `src/data/codes.json`). */
export interface CodeFacts {
  /** Digits only. */
  code: string;
  /** True when the code comes from a Conditional Access decision. */
  conditionalAccess: boolean;
}

/** How many events share a value, and how many distinct users they are. */
export interface CountEntry {
  key: string;
  count: number;
  users: number;
}

/**
 * The most frequent values of one dimension (by sign-ins, and those most frequent by users
 * besides, so that either view can show its top ten), and how many distinct values there are.
 */
export interface Top {
  entries: CountEntry[];
  distinct: number;
}

/** One bar of a timeline: the bucket's start (epoch ms, UTC) and its events. */
export interface TimelineBucket {
  start: number;
  count: number;
}

/** The width of a timeline bucket, chosen from the span of the whole file. */
export type TimeUnit = 'hour' | 'day' | 'week';

/** Who, what and when, over one group of events. */
export interface Breakdown {
  events: number;
  users: Top;
  apps: Top;
  resources: Top;
  countries: Top;
  /** Device platforms: `windows`, `macOS`, `iOS`, `android`, `linux`… (see {@link platformOf}). */
  platforms: Top;
  /** Keys are `joinType|compliant|managed`, see {@link deviceStateKey}. */
  deviceStates: Top;
  clientApps: Top;
  timeline: TimelineBucket[];
  /** Epoch ms of the first and last event with a valid time; null when none has one. */
  first: number | null;
  last: number | null;
}

/**
 * The role a policy played in a sign-in, as the summary groups them: it blocked a 53003
 * (`blocking`), it failed with Block on a sign-in that failed with another code
 * (`other-failure`), it required something the sign-in lacked (`unmet`), or it is report-only.
 */
export type PolicyRole = 'blocking' | 'other-failure' | 'unmet' | 'report-only';

/** One policy, with what it did. */
export interface PolicyStats {
  /** The grouping key: the policy id, or its name when the export has no id. */
  key: string;
  id: string;
  displayName: string;
  role: PolicyRole;
  /**
   * Blocking: the 53003 sign-ins it blocked (the `data-count` test hook). Other failure and
   * unmet: the failed sign-ins. Report-only: the sign-ins it would have failed
   * (`reportOnlyFailure`).
   */
  count: number;
  /** Every sign-in where the policy appears in this role, whatever the error code. */
  events: number;
  /** Grant controls as the export writes them, from the first event. */
  grantControls: string[];
  /** Report-only: the count of each result (`reportOnlySuccess`, `reportOnlyFailure`…). */
  results: CountEntry[];
  /** Over the events counted in `count`. */
  breakdown: Breakdown;
}

/** One error code and its events. */
export interface CodeCount {
  code: number;
  count: number;
  conditionalAccess: boolean;
}

/** Everything the results view shows before any click. */
export interface LogSummary {
  /** Records read (duplicates counted once). */
  total: number;
  /** Records of each sign-in kind, as the files say (`''`: not said). */
  kinds: Partial<Record<SignInKind, number>>;
  /** Distinct users among the 53003 sign-ins. */
  blockedUsers: number;
  /** Sign-ins with a non-zero error code. */
  failures: number;
  /** Sign-ins with error 53003 (the `data-total-blocked` test hook). */
  blocked: number;
  /** Sign-ins whose error code is a Conditional Access code (53003 included). */
  conditionalAccessFailures: number;
  /** Every non-zero error code, most frequent first. */
  codes: CodeCount[];
  /** Over the 53003 sign-ins: the view a CSV (no per-policy column) still gets. */
  blockedBreakdown: Breakdown;
  blocking: PolicyStats[];
  /** Block policies that failed on sign-ins with another code: not the cause of a 53003. */
  otherFailure: PolicyStats[];
  unmet: PolicyStats[];
  reportOnly: PolicyStats[];
  /**
   * 53003 sign-ins whose records list policies, none of them failed with Block (policies hidden
   * by the exporter's role, or a 53003 not made by a Block control).
   */
  blockedWithoutPolicy: number;
  /** 53003 sign-ins from files that carry no per-policy results at all (the portal's CSV). */
  blockedUnlisted: number;
  unit: TimeUnit;
  first: number | null;
  last: number | null;
}

/** How many entries each top list keeps. */
const TOP = 10;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The user a record names, as people recognise them. */
export function userKey(r: SignInRecord): string {
  return r.userPrincipalName || r.userDisplayName || r.userId;
}

/** The device state of a record as `joinType|compliant|managed` (`''` where unknown). */
export function deviceStateKey(r: SignInRecord): string {
  const flag = (v: boolean | null) => (v === null ? '' : String(v));
  return `${r.device.trustType}|${flag(r.device.compliant)}|${flag(r.device.managed)}`;
}

/** The grouping key of a policy: its id, else its name. */
export function policyKey(p: AppliedPolicy): string {
  return p.id || p.displayName;
}

/** The role a policy played in one sign-in, or null when it played none worth listing. */
export function policyRole(
  p: AppliedPolicy,
  r: Pick<SignInRecord, 'errorCode'>,
): PolicyRole | null {
  if (p.reportOnly) return 'report-only';
  if (p.failedBlock) return r.errorCode === BLOCK_CODE ? 'blocking' : 'other-failure';
  if (p.result.trim().toLowerCase() === 'failure') return 'unmet';
  return null;
}

/** The policies that blocked a sign-in: none unless it failed with 53003. */
export function blockingPolicies(r: SignInRecord): AppliedPolicy[] {
  if (r.errorCode !== BLOCK_CODE || !r.policies) return [];
  return r.policies.filter((p) => p.failedBlock);
}

/**
 * The device platform of an operating system as the log writes it (`Windows10`, `Windows 10`,
 * `Ios 18.2.1`, `MacOs`, `Android 14`…): the platforms a Conditional Access policy can target,
 * or the text itself for anything else.
 */
export function platformOf(os: string): string {
  const o = os.trim().toLowerCase();
  if (!o) return '';
  if (o.startsWith('windows phone') || o.startsWith('windowsphone')) return 'windowsPhone';
  if (o.startsWith('win')) return 'windows';
  if (
    o.startsWith('ios') ||
    o.startsWith('ipados') ||
    o.startsWith('iphone') ||
    o.startsWith('ipad')
  )
    return 'iOS';
  if (o.startsWith('mac') || o.startsWith('os x') || o.startsWith('osx')) return 'macOS';
  if (o.startsWith('android')) return 'android';
  if (
    o.startsWith('linux') ||
    o.includes('ubuntu') ||
    o.includes('chrome os') ||
    o.startsWith('chromeos')
  )
    return o.includes('chrome') ? 'chromeOS' : 'linux';
  return os.trim();
}

/** Picks the timeline bucket width for a span of time. */
export function chooseUnit(first: number | null, last: number | null): TimeUnit {
  if (first === null || last === null) return 'day';
  const span = last - first;
  if (span <= 72 * HOUR) return 'hour';
  if (span <= 120 * DAY) return 'day';
  return 'week';
}

/** The start of the bucket holding `time` (UTC; weeks start on Monday). */
export function bucketStart(time: number, unit: TimeUnit): number {
  if (unit === 'hour') return Math.floor(time / HOUR) * HOUR;
  const day = Math.floor(time / DAY) * DAY;
  if (unit === 'day') return day;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY;
}

/** The next bucket's start. */
function nextBucket(start: number, unit: TimeUnit): number {
  return start + (unit === 'hour' ? HOUR : unit === 'day' ? DAY : 7 * DAY);
}

/** Counts values of one dimension, in events and in distinct users. */
class Counter {
  #counts = new Map<string, { count: number; users: Set<string> }>();
  /** Counts one more event with `key`, by `user`. */
  add(key: string, user = '') {
    let entry = this.#counts.get(key);
    if (!entry) {
      entry = { count: 0, users: new Set() };
      this.#counts.set(key, entry);
    }
    entry.count++;
    entry.users.add(user);
  }
  /**
   * The most frequent keys by events, then those among the most frequent by users that are not
   * already there (ties by key, for stable output), and the number of distinct keys.
   */
  top(limit = TOP): Top {
    const all = [...this.#counts].map(([key, e]) => ({ key, count: e.count, users: e.users.size }));
    const byCount = [...all].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const entries = byCount.slice(0, limit);
    const kept = new Set(entries.map((e) => e.key));
    const byUsers = all.sort(
      (a, b) => b.users - a.users || b.count - a.count || a.key.localeCompare(b.key),
    );
    for (const e of byUsers.slice(0, limit)) if (!kept.has(e.key)) entries.push(e);
    return { entries, distinct: this.#counts.size };
  }
}

/** Collects a {@link Breakdown} one event at a time. */
export class BreakdownBuilder {
  #events = 0;
  #users = new Counter();
  #apps = new Counter();
  #resources = new Counter();
  #countries = new Counter();
  #platforms = new Counter();
  #devices = new Counter();
  #clients = new Counter();
  #buckets = new Map<number, number>();
  #first: number | null = null;
  #last: number | null = null;

  constructor(readonly unit: TimeUnit) {}

  /** Adds one event. */
  add(r: SignInRecord) {
    this.#events++;
    const user = userKey(r);
    this.#users.add(user, user);
    this.#apps.add(r.appDisplayName || r.appId, user);
    this.#resources.add(r.resourceDisplayName || r.resourceId, user);
    this.#countries.add(r.country.toUpperCase(), user);
    this.#platforms.add(platformOf(r.device.operatingSystem), user);
    this.#devices.add(deviceStateKey(r), user);
    this.#clients.add(r.clientAppUsed, user);
    if (Number.isFinite(r.time)) {
      const b = bucketStart(r.time, this.unit);
      this.#buckets.set(b, (this.#buckets.get(b) ?? 0) + 1);
      if (this.#first === null || r.time < this.#first) this.#first = r.time;
      if (this.#last === null || r.time > this.#last) this.#last = r.time;
    }
  }

  /** The breakdown, with a timeline running over `[from, to]` (zero buckets included). */
  build(from: number | null, to: number | null): Breakdown {
    const timeline: TimelineBucket[] = [];
    if (from !== null && to !== null) {
      for (let b = bucketStart(from, this.unit); b <= to; b = nextBucket(b, this.unit))
        timeline.push({ start: b, count: this.#buckets.get(b) ?? 0 });
    }
    return {
      events: this.#events,
      users: this.#users.top(),
      apps: this.#apps.top(),
      resources: this.#resources.top(),
      countries: this.#countries.top(),
      platforms: this.#platforms.top(),
      deviceStates: this.#devices.top(),
      clientApps: this.#clients.top(),
      timeline,
      first: this.#first,
      last: this.#last,
    };
  }
}

/** A policy being collected: its stats, with counters where the stats have final lists. */
interface PolicyAcc extends Omit<PolicyStats, 'results' | 'breakdown'> {
  results: Counter;
  breakdown: BreakdownBuilder;
}

/** Summarises a whole file. `codes` tells which error codes are Conditional Access codes. */
export function summarise(
  records: readonly SignInRecord[],
  codes: readonly CodeFacts[],
): LogSummary {
  const caCodes = new Set(codes.filter((c) => c.conditionalAccess).map((c) => Number(c.code)));
  let first: number | null = null;
  let last: number | null = null;
  for (const r of records) {
    if (!Number.isFinite(r.time)) continue;
    if (first === null || r.time < first) first = r.time;
    if (last === null || r.time > last) last = r.time;
  }
  const unit = chooseUnit(first, last);
  const codeCounts = new Map<number, number>();
  const blockedBreakdown = new BreakdownBuilder(unit);
  const policies = new Map<string, PolicyAcc>();
  const kinds: Partial<Record<SignInKind, number>> = {};
  let failures = 0;
  let blocked = 0;
  let conditionalAccessFailures = 0;
  let blockedWithoutPolicy = 0;
  let blockedUnlisted = 0;

  for (const r of records) {
    kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
    const code = r.errorCode;
    const isBlock = code === BLOCK_CODE;
    if (code !== null && code !== 0) {
      failures++;
      codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
      if (caCodes.has(code)) conditionalAccessFailures++;
    }
    if (isBlock) {
      blocked++;
      blockedBreakdown.add(r);
      if (!r.policies) blockedUnlisted++;
      else if (!r.policies.some((p) => p.failedBlock)) blockedWithoutPolicy++;
    }
    // A policy listed twice in one record counts once for that record.
    const seen = new Set<string>();
    for (const p of r.policies ?? []) {
      const role = policyRole(p, r);
      if (!role) continue;
      const key = `${role}\u0000${policyKey(p)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let acc = policies.get(key);
      if (!acc) {
        acc = {
          key: policyKey(p),
          id: p.id,
          displayName: p.displayName || p.id,
          role,
          count: 0,
          events: 0,
          grantControls: p.grantControls,
          results: new Counter(),
          breakdown: new BreakdownBuilder(unit),
        };
        policies.set(key, acc);
      }
      acc.events++;
      acc.results.add(p.result);
      const counted =
        role === 'blocking'
          ? isBlock
          : role === 'unmet' || role === 'other-failure'
            ? code !== 0
            : p.result.trim().toLowerCase() === 'reportonlyfailure';
      if (counted) {
        acc.count++;
        acc.breakdown.add(r);
      }
    }
  }

  const stats = (role: PolicyRole): PolicyStats[] =>
    [...policies.values()]
      .filter((p) => p.role === role)
      .map((p) => ({
        key: p.key,
        id: p.id,
        displayName: p.displayName,
        role: p.role,
        count: p.count,
        events: p.events,
        grantControls: p.grantControls,
        results: p.results.top(20).entries,
        breakdown: p.breakdown.build(first, last),
      }))
      .sort(
        (a, b) =>
          b.count - a.count || b.events - a.events || a.displayName.localeCompare(b.displayName),
      );

  const blockedSummary = blockedBreakdown.build(first, last);
  return {
    total: records.length,
    kinds,
    blockedUsers: blockedSummary.users.distinct,
    failures,
    blocked,
    conditionalAccessFailures,
    codes: [...codeCounts]
      .map(([code, count]) => ({ code, count, conditionalAccess: caCodes.has(code) }))
      .sort((a, b) => b.count - a.count || a.code - b.code),
    blockedBreakdown: blockedSummary,
    blocking: stats('blocking'),
    otherFailure: stats('other-failure'),
    unmet: stats('unmet'),
    reportOnly: stats('report-only'),
    blockedWithoutPolicy,
    blockedUnlisted,
    unit,
    first,
    last,
  };
}
