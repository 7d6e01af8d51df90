/**
 * The one record shape every sign-in log export is normalised to. The portal's JSON download and
 * Graph's `auditLogs/signIns` share Graph's camelCase fields; the portal's CSV has fewer columns
 * and no per-policy results, so some fields stay empty (`''`, `null`) and `policies` is `null`.
 */

/** The export formats the tool recognises by itself. */
export type LogFormat = 'portal-json' | 'graph' | 'csv';

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
  /** True for `result: failure` with a Block grant control: this policy blocked the sign-in. */
  blocking: boolean;
  /** True for every `reportOnly*` result: report-only policies never block. */
  reportOnly: boolean;
  /** Beta: `conditionsSatisfied` split into flags (`application`, `users`…); null when absent. */
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
  /** Position in the file, from 0: a stable key for the interface. */
  index: number;
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
