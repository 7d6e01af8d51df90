/**
 * The What If engine's sentences, by key: the reasons it returns (`{ key, params }`) name one of
 * these. The sentences themselves are interface text, so they live with the rest of it, in
 * `src/content/i18n/<locale>.json` under `whatIf.engine.<key>`: a new language brings them in its
 * one strings file. The schema requires every key in every language, and the tool's data file
 * `/data/what-if-messages-<locale>.json` carries them to the page. `{name}` is filled from the
 * reason's params; `*text*` marks a label of the Microsoft portal, kept in English, that the page
 * shows in italics (see `explain.ts`). A unit test checks that every key the engine emits is here.
 */

/** Every key, grouped as the engine's conditions are. */
export const messageKeys = [
  // Verdicts
  'verdict.block',
  'verdict.grant',
  'verdict.allow',
  'verdict.unknown',
  'verdict.deciding',
  'verdict.uncertain',
  'verdict.reportOnly',

  // Condition names
  'condition.users',
  'condition.workloadIdentities',
  'condition.applications',
  'condition.platforms',
  'condition.locations',
  'condition.clientApps',
  'condition.devices',
  'condition.deviceStates',
  'condition.signInRisk',
  'condition.userRisk',
  'condition.servicePrincipalRisk',
  'condition.insiderRisk',
  'condition.authenticationFlows',
  'condition.times',

  // Outcomes
  'outcome.match',
  'outcome.noMatch',
  'outcome.unknown',
  'outcome.notConfigured',
  'applies.yes',
  'applies.no',
  'applies.unknown',

  // Users
  'users.workloadPolicy',
  'users.servicePrincipal',
  'users.empty',
  'users.includeNone',
  'users.included.all',
  'users.included.user',
  'users.included.group',
  'users.included.role',
  'users.included.guest',
  'users.excluded.user',
  'users.excluded.group',
  'users.excluded.role',
  'users.excluded.guest',
  'users.notIncluded',
  'users.unknown.user',
  'users.unknown.group',
  'users.unknown.role',
  'users.unknown.guest',
  'users.unknown.all',

  // Workload identities
  'workload.notConfigured',
  'workload.userIdentity',
  'workload.singleTenantOnly',
  'workload.included.all',
  'workload.included.id',
  'workload.excluded.id',
  'workload.excluded.all',
  'workload.notIncluded',
  'workload.unknown.id',
  'workload.unknown.all',
  'workload.filter',

  // Target resources
  'apps.empty',
  'apps.noContext',
  'apps.included.all',
  'apps.included.app',
  'apps.included.bundle',
  'apps.excluded.all',
  'apps.excluded.app',
  'apps.excluded.bundle',
  'apps.notIncluded',
  'apps.unknown.context',
  'apps.unknown.filter',
  'apps.unknown.bundle',
  'apps.unknown.app',
  'apps.unknown.all',
  'apps.mode',
  'apps.userAction.match',
  'apps.userAction.noMatch',
  'apps.authContext.match',
  'apps.authContext.noMatch',

  // Platforms
  'platforms.notConfigured',
  'platforms.included.all',
  'platforms.included.platform',
  'platforms.excluded.platform',
  'platforms.notIncluded',
  'platforms.unknown.platform',

  // Network
  'locations.notConfigured',
  'locations.mfaTrustedIps',
  'locations.badIp',
  'locations.included.all',
  'locations.included.trusted',
  'locations.included.named',
  'locations.excluded.all',
  'locations.excluded.trusted',
  'locations.excluded.named',
  'locations.notIncluded',
  'locations.unknown.noLocations',
  'locations.unknown.missing',
  'locations.unknown.ip',
  'locations.unknown.country',
  'locations.unknown.gps',
  'locations.unknown.trusted',
  'locations.unknown.named',
  'locations.unknown.all',

  // Client apps
  'clientApps.notConfigured',
  'clientApps.match',
  'clientApps.noMatch',
  'clientApps.unknown',
  'clientApps.easVariant',

  // Filter for devices
  'devices.notConfigured',
  'devices.invalidRule',
  'devices.unregistered',
  'devices.unknown',
  'devices.include.ruleTrue',
  'devices.include.ruleFalse',
  'devices.exclude.ruleTrue',
  'devices.exclude.ruleFalse',
  'deviceStates.notConfigured',
  'deviceStates.notExcluded',
  'deviceStates.excluded',
  'deviceStates.unknown',

  // Rule notes and errors
  'rule.unsupportedProperty',
  'rule.unsupportedOperator',
  'rule.matchNotListed',
  'rule.nullUnregistered',
  'rule.extensionMaybeHidden',
  'rule.unsafeRegex',
  'rule.tooLong',
  'rule.empty',
  'rule.tooDeep',
  'rule.unknownOperator',
  'rule.unexpectedCharacter',
  'rule.unterminatedString',
  'rule.notDeviceProperty',
  'rule.unmatchedParen',
  'rule.expectedLogic',
  'rule.unexpectedEnd',
  'rule.unclosedParen',
  'rule.expectedProperty',
  'rule.expectedOperator',
  'rule.expectedValue',
  'rule.unexpectedList',
  'rule.unclosedList',
  'rule.expectedList',
  'rule.nullOperator',
  'rule.internal',

  // Risk, flows, time
  'signInRisk.notConfigured',
  'signInRisk.match',
  'signInRisk.noMatch',
  'signInRisk.unknown',
  'userRisk.notConfigured',
  'userRisk.match',
  'userRisk.noMatch',
  'userRisk.unknown',
  'servicePrincipalRisk.notConfigured',
  'servicePrincipalRisk.match',
  'servicePrincipalRisk.noMatch',
  'servicePrincipalRisk.unknown',
  'insiderRisk.notConfigured',
  'insiderRisk.match',
  'insiderRisk.noMatch',
  'insiderRisk.unknown',
  'flows.notConfigured',
  'flows.match',
  'flows.noMatch',
  'flows.unknown',
  'times.notConfigured',
  'times.unknown',

  // Policy issues
  'policy.unknownState',
  'policy.noConditions',
  'policy.badDeviceFilter',
  'policy.noControls',

  // Controls
  'control.block',
  'control.mfa',
  'control.compliantDevice',
  'control.domainJoinedDevice',
  'control.approvedApplication',
  'control.compliantApplication',
  'control.passwordChange',
  'control.riskRemediation',
  'control.authenticationStrength',
  'control.termsOfUse',
  'control.custom',
  'control.unknown',
  'operator.AND',
  'operator.OR',
  'requirement',

  // Why wasn't I excluded?
  'hint.user',
  'hint.group',
  'hint.role',
  'hint.guests',
  'hint.guestTypes',
  'hint.app',
  'hint.appBundle',
  'hint.platform',
  'hint.trusted',
  'hint.ipLocation',
  'hint.countryLocation',
  'hint.location',
  'hint.deviceFilter',
  'hint.deviceFilterRegister',
  'hint.deviceState',
  'hint.status.yes',
  'hint.status.no',
  'hint.status.unknown',

  // Inputs
  'input.notText',
  'input.tooLarge',
  'input.empty',
  'input.jsonSyntax',
  'input.jsonUnexpectedEnd',
  'input.tooMany',
  'policies.shape',
  'policies.skipped',
  'policies.duplicateId',
  'policies.none',
  'locations.shape',
  'locations.skipped',
  'locations.noId',
  'locations.badRange',
  'locations.unknownKind',
  'scenario.shape',
  'scenario.badContext',
  'scenario.unusualTrustType',
  'scenario.noContext',
  'fragment.badEncoding',
  'fragment.tooLarge',
  'fragment.empty',
  'details.appIsClient',
  'details.resourceFromClient',
  'details.deviceStateInferred',
  'details.platformUnknown',
  'details.nothing',

  // Real policy sets (issue 18): files read or refused, conditions not evaluated, unset inputs
  'condition.notEvaluated',
  'notEvaluated.none',
  'notEvaluated.unknown',
  'unset.none',
  'apps.unknown.bundleName',
  'apps.unknown.keyword',
  'locations.unknown.compliantNetwork',
  'input.notJson',
  'shape.empty',
  'shape.scalars',
  'shape.other',
  'shape.signIn.policy',
  'shape.signIn.location',
  'shape.location.policy',
  'shape.policy.location',
  'shape.scenario.policy',
  'shape.scenario.location',
  'shape.auditLog.policy',
  'shape.auditLog.location',
  'shape.authStrength.policy',
  'shape.authStrength.location',
  'shape.other.policy',
  'shape.other.location',
  'shape.leftOut',
  'file.wrapper',
  'file.othersSkipped',
  'file.badZip',
  'file.emptyZip',
  'file.hidden',
  'file.tooLarge',
  'file.zip',
  'file.pdf',
  'file.image',
  'file.binary',
  'fragment.damaged',
] as const;

/** One sentence's key. */
export type MessageKey = (typeof messageKeys)[number];

/** The sentences of one language, by key. */
export type Messages = Readonly<Record<MessageKey, string>>;

/** The prefix of the sentences' keys in the interface strings. */
export const messagePrefix = 'whatIf.engine.';

const known = new Set<string>(messageKeys);

/** Whether a reason's key is one of the engine's sentences. */
export function isMessageKey(key: string): key is MessageKey {
  return known.has(key);
}

/**
 * The engine's sentences out of a language's interface strings (`whatIf.engine.<key>`); throws,
 * naming them, when some are missing.
 */
export function messagesFrom(strings: Readonly<Record<string, unknown>>): Messages {
  const missing = messageKeys.filter((key) => typeof strings[messagePrefix + key] !== 'string');
  if (missing.length)
    throw new Error(`What If: ${missing.length} sentence(s) missing: ${missing.join(', ')}.`);
  return Object.fromEntries(
    messageKeys.map((key) => [key, String(strings[messagePrefix + key])]),
  ) as Messages;
}
