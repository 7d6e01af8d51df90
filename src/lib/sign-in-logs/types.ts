/**
 * The one record shape every sign-in log export is normalised to, whatever its shape (see
 * `shapes.ts`). Fields a file lacks stay empty (`''`, `null`); the portal's CSV has no per-policy
 * results, so its `policies` is `null`.
 *
 * Records are kept for the whole session (100,000 and more), so they are lean: repeated strings
 * and identical policy entries are shared between records (see `pool.ts`), never copied.
 */
import type { SignInKind } from './shapes';

/** One `{conditionalAccessCondition, ruleSatisfied}` pair of Graph beta's rule fields. */
export interface RuleSatisfied {
  /** The condition, e.g. `application`, `users`, `location`. */
  condition: string;
  /** The rule within it that matched, e.g. `allApps`, `groupId`, `locationId`. */
  rule: string;
}

/** One entry of `appliedConditionalAccessPolicies`, normalised. */
export interface AppliedPolicy {
  /** The policy's object id; may be empty in hand-made exports. */
  id: string;
  /** The name the admin gave the policy; the grouping key when the id is missing. */
  displayName: string;
  /** `enforcedGrantControls` as written (`Block`, `Mfa`, prose forms…). */
  grantControls: string[];
  /** `enforcedSessionControls` as written. */
  sessionControls: string[];
  /** `result` as written: `success`, `failure`, `notApplied`, `reportOnlyFailure`… */
  result: string;
  /**
   * True for `result: failure` with a Block grant control. On a 53003 sign-in this policy
   * blocked it; on a sign-in that failed with another code it did not (see `aggregate.ts`).
   */
  failedBlock: boolean;
  /** True for every `reportOnly*` result: report-only policies never block. */
  reportOnly: boolean;
  /**
   * Beta: `conditionsSatisfied` split into flags (`application`, `users`…), from Graph's flag
   * string or Azure Monitor's bit mask; null when absent.
   */
  conditionsSatisfied: string[] | null;
  /** Beta: `conditionsNotSatisfied` split into flags; null when absent. */
  conditionsNotSatisfied: string[] | null;
  /** Beta: which inclusion rules matched; null when the field is absent (v1.0, portal). */
  includeRules: RuleSatisfied[] | null;
  /** Beta: which exclusion rules matched; null when the field is absent. */
  excludeRules: RuleSatisfied[] | null;
}

/** Device information as the log reports it (the client's claims, not verified facts). */
export interface DeviceInfo {
  /** Entra device id; empty when the device presented no identity. */
  id: string;
  displayName: string;
  /** Operating system string (`Windows10`, `Windows 10`, `MacOs`, `Ios`…). */
  operatingSystem: string;
  browser: string;
  /** `isCompliant`; null when the export does not say. */
  compliant: boolean | null;
  /** `isManaged`; null when the export does not say. */
  managed: boolean | null;
  /** Join type: `Azure AD joined`, `Hybrid Azure AD joined`, `Azure AD registered`… or empty. */
  trustType: string;
}

/** One sign-in event, whatever file it came from. */
export interface SignInRecord {
  /** Position among all the records read, from 0: a stable key for the interface. */
  index: number;
  /** Which of the files read it came from (its position in the list of files). */
  file: number;
  /** Interactive, non-interactive, service principal or managed identity, when the file says. */
  kind: SignInKind;
  /**
   * The log a diagnostic record or a Log Analytics row names, canonical (`signinlogs`,
   * `noninteractiveusersigninlogs`…), or '' when the file names none.
   */
  source: string;
  /** Graph `id` / CSV `Request ID`: the "Request Id" of the user's details block (observed). */
  requestId: string;
  /** `correlationId` / `Correlation ID`. */
  correlationId: string;
  /** The timestamp as written in the file. */
  createdDateTime: string;
  /** Milliseconds since the epoch, or NaN when the timestamp does not parse. */
  time: number;
  userPrincipalName: string;
  userDisplayName: string;
  userId: string;
  /** The client application: the "App name"/"App id" of the user's details block. */
  appId: string;
  appDisplayName: string;
  /** The resource the token was for; Conditional Access targets this, not the client. */
  resourceId: string;
  resourceDisplayName: string;
  ipAddress: string;
  city: string;
  state: string;
  /** Two-letter country or region code (`countryOrRegion`, or `country`, or the CSV's Location). */
  country: string;
  /** `clientAppUsed` / `Client app`: Browser, Mobile Apps and Desktop clients, legacy protocols… */
  clientAppUsed: string;
  /** `isInteractive` when the export carries it. */
  interactive: boolean | null;
  /** `status.errorCode`: 0 for success; null when the file has no code. */
  errorCode: number | null;
  failureReason: string;
  additionalDetails: string;
  /** Overall `conditionalAccessStatus`, lower case without spaces: `success`, `failure`, `notapplied`. */
  conditionalAccessStatus: string;
  device: DeviceInfo;
  userAgent: string;
  /** Applied policies; null when the format has no per-policy results (the portal CSV). */
  policies: AppliedPolicy[] | null;
}
