/**
 * The shapes the What If engine shares: the normalised inputs (policies, named locations, the
 * sign-in scenario), the structured reasons, and the result. Everything is plain data, so the
 * page can keep it, serialise it and render it in either language.
 */

/** A three-valued answer: `unknown` is "the inputs cannot tell", never a silent yes. */
export type Tri = 'yes' | 'no' | 'unknown';

/** A reason, as data: a message key (see `messages.ts`) and the values that fill it. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

/** An input that could not be read: a message key, and where, when it is a syntax error. */
export interface InputError extends Reason {
  /** Offset (0-based, in characters) of a JSON or rule syntax error. */
  offset?: number;
  line?: number;
  column?: number;
}

/** The outcome of reading an input: a value plus warnings, or an error. Never a throw. */
export type Parsed<T> =
  { ok: true; value: T; warnings: Reason[] } | { ok: false; error: InputError; warnings: Reason[] };

export type PolicyState = 'enabled' | 'disabled' | 'enabledForReportingButNotEnforced';

/** Include and exclude lists of one assignment, as Graph stores them (`null` becomes `[]`). */
export interface IncludeExclude {
  include: string[];
  exclude: string[];
}

/** `conditionalAccessGuestsOrExternalUsers`: the types (a comma-separated string in Graph). */
export interface GuestsOrExternal {
  types: string[];
  /** `all`, or the enumerated tenant ids; absent when Graph gave none. */
  tenants?: { kind: 'all' } | { kind: 'enumerated'; members: string[] };
}

/** A device filter: the rule text and its mode. */
export interface DeviceFilterSpec {
  mode: 'include' | 'exclude';
  rule: string;
}

/** The grant controls of a policy, normalised. */
export interface GrantControls {
  operator: 'AND' | 'OR';
  builtIn: string[];
  authenticationStrength?: { id: string; displayName?: string };
  termsOfUse: string[];
  custom: string[];
}

/** One policy, reduced to what the engine reads. Unknown extra fields are ignored. */
export interface Policy {
  id: string;
  displayName: string;
  state: PolicyState;
  conditions: {
    users?: {
      users: IncludeExclude;
      groups: IncludeExclude;
      roles: IncludeExclude;
      includeGuests?: GuestsOrExternal;
      excludeGuests?: GuestsOrExternal;
    };
    clientApplications?: { include: string[]; exclude: string[]; hasFilter: boolean };
    applications?: {
      apps: IncludeExclude;
      userActions: string[];
      authContexts: string[];
      hasFilter: boolean;
    };
    platforms?: IncludeExclude;
    locations?: IncludeExclude;
    clientAppTypes: string[];
    deviceFilter?: DeviceFilterSpec;
    /** The older device-state condition (`Compliant`, `DomainJoined` exclusions). */
    deviceStates?: IncludeExclude;
    signInRiskLevels: string[];
    userRiskLevels: string[];
    servicePrincipalRiskLevels: string[];
    insiderRiskLevels: string[];
    transferMethods: string[];
    /** The beta `times` condition: present means configured; the engine cannot judge it. */
    hasTimes: boolean;
    /** Conditions set in the policy that the engine does not evaluate (dotted paths). */
    notEvaluated: string[];
  };
  grant?: GrantControls;
  /** Names of the session controls that are set (for display only). */
  sessionControls: string[];
  /** What was odd about this policy in the input (unknown state, missing parts…). */
  issues: Reason[];
}

/** One IP range of an IP named location, parsed. */
export interface CidrRange {
  text: string;
  version: 4 | 6;
  /** The network address as a number, and the prefix length. */
  network: bigint;
  prefix: number;
}

export type NamedLocation =
  | { kind: 'ip'; id: string; displayName: string; isTrusted: boolean; ranges: CidrRange[] }
  | {
      kind: 'country';
      id: string;
      displayName: string;
      countries: string[];
      includeUnknown: boolean;
      lookup: 'clientIpAddress' | 'authenticatorAppGps';
    }
  | { kind: 'compliantNetwork'; id: string; displayName: string; isTrusted: boolean };

/** Device properties as the What If API names them (`deviceInfo`); `null` = known to be empty. */
export interface DeviceInfo {
  deviceId?: string | null;
  displayName?: string | null;
  enrollmentProfileName?: string | null;
  isCompliant?: boolean | null;
  manufacturer?: string | null;
  mdmAppId?: string | null;
  model?: string | null;
  operatingSystem?: string | null;
  operatingSystemVersion?: string | null;
  /** Graph calls it `ownership` here; the filter rule calls it `deviceOwnership`. */
  ownership?: string | null;
  physicalIds?: string[] | null;
  profileType?: string | null;
  systemLabels?: string[] | null;
  trustType?: string | null;
  extensionAttributes: Partial<Record<number, string | null>>;
}

/** The sign-in to simulate. Its JSON form is the body of Graph's What If request. */
export interface Scenario {
  identity:
    | { kind: 'user'; userId?: string; externalUserType?: string; externalTenantId?: string }
    | { kind: 'servicePrincipal'; servicePrincipalId?: string };
  context?:
    | { kind: 'application'; applications: string[] }
    | { kind: 'userAction'; action: string }
    | { kind: 'authContext'; value: string };
  devicePlatform?: string;
  clientAppType?: string;
  ipAddress?: string;
  country?: string;
  signInRiskLevel?: string;
  userRiskLevels?: string[];
  servicePrincipalRiskLevel?: string;
  insiderRiskLevel?: string;
  transferMethod?: string;
  /** Absent: an unregistered device. */
  device?: DeviceInfo;
  /** Ours: what Microsoft resolves on its side; each part absent means "not known". */
  directory: {
    groupIds?: string[];
    roleTemplateIds?: string[];
    userType?: 'member' | 'guest';
    /** Whether the sign-in came through the tenant's Global Secure Access compliant network. */
    compliantNetwork?: boolean;
  };
}

export type ConditionId =
  | 'users'
  | 'workloadIdentities'
  | 'applications'
  | 'platforms'
  | 'locations'
  | 'clientApps'
  | 'devices'
  | 'deviceStates'
  | 'signInRisk'
  | 'userRisk'
  | 'servicePrincipalRisk'
  | 'insiderRisk'
  | 'authenticationFlows'
  | 'times'
  | 'notEvaluated';

export type ConditionOutcome = 'match' | 'noMatch' | 'unknown' | 'notConfigured';

/** One comparison of a device-filter rule, as evaluated on the scenario's device. */
export interface FilterLeafTrace {
  start: number;
  end: number;
  text: string;
  property: string;
  operator: string;
  /** The device's value as the rule saw it; `null` = empty, `undefined` = not known. */
  actual: string | string[] | null | undefined;
  result: Tri;
}

/** The device filter's evaluation, for the page to show the rule with each part's result. */
export interface FilterTrace {
  mode: 'include' | 'exclude';
  rule: string;
  /** The rule's own value (true = the device matches the rule). */
  ruleResult: Tri;
  leaves: FilterLeafTrace[];
  registered: boolean;
}

/** One condition of one policy. */
export interface ConditionResult {
  condition: ConditionId;
  result: ConditionOutcome;
  reason: Reason;
  /** Extra facts worth telling (caveats, rule warnings). */
  notes: Reason[];
  trace?: FilterTrace;
}

/** One control a policy asks for. */
export type Control =
  | { kind: 'builtIn'; id: string }
  | { kind: 'authenticationStrength'; id: string; displayName?: string }
  | { kind: 'termsOfUse'; id: string }
  | { kind: 'custom'; id: string };

/** What one policy requires when it applies. */
export interface Requirement {
  policyId: string;
  operator: 'AND' | 'OR';
  controls: Control[];
}

/** An exclusion of a blocking policy, and what would have to be true to fall under it. */
export interface ExclusionHint {
  condition: ConditionId;
  /** What the exclusion names (a user id, a group id, a location, a rule…). */
  target: string;
  /** `yes`: you are under it; `no`: you are not; `unknown`: the inputs cannot tell. */
  status: Tri;
  /** The requirement, as a sentence key with params. */
  requirement: Reason;
}

export interface PolicyResult {
  id: string;
  displayName: string;
  state: PolicyState;
  reportOnly: boolean;
  /** `no` for disabled policies, which are never evaluated. */
  applies: Tri;
  /** Empty for disabled policies. */
  conditions: ConditionResult[];
  blocks: boolean;
  requirement?: Requirement;
  sessionControls: string[];
  /** For a policy that blocks and applies (or may): every exclusion, and how to fall under it. */
  exclusions: ExclusionHint[];
  issues: Reason[];
}

export type Verdict = 'block' | 'grant' | 'allow' | 'unknown';

/** An outcome if every uncertain policy went one way. */
export interface Outcome {
  verdict: Exclude<Verdict, 'unknown'>;
  deciding: string[];
  requirements: Requirement[];
}

export interface WhatIfResult {
  verdict: Verdict;
  /** Enforced policies that decide the verdict (blocking ones for `block`). */
  deciding: string[];
  /** For `grant`: what each applying enforced policy asks; all of them must be satisfied. */
  requirements: Requirement[];
  /** Enforced policies whose applicability is unknown and that could change the verdict. */
  uncertain: string[];
  /** The verdict if every uncertain policy does not apply (best) or applies (worst). */
  best: Outcome;
  worst: Outcome;
  /** Report-only policies that apply or may apply: they never decide. */
  reportOnly: { policyId: string; applies: Tri; wouldBlock: boolean }[];
  policies: PolicyResult[];
  /** Facts about the scenario worth telling (e.g. an unusual trustType value). */
  warnings: Reason[];
}
