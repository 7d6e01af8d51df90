/**
 * A Conditional Access "What If" simulator that runs in the browser, on data the reader pastes.
 *
 * Inputs: the tenant's policies and named locations as Graph exports them (`parsePolicies`,
 * `parseNamedLocations`: `{"value": [...]}`, an array or one object, v1.0 or beta), and one
 * sign-in (`parseScenario`) whose JSON is the body of Graph's What If request
 * (`POST /identity/conditionalAccess/evaluate`) plus our `directory` object for what Microsoft
 * resolves on its side: `{"groupIds": [...], "roleTemplateIds": [...], "userType": "member"}`.
 * A missing field means "not known"; a missing `deviceInfo` means a device not registered in
 * Entra. `scenarioFromDetails` fills a scenario from the error page's details block;
 * `toFragment`/`fromFragment` carry everything in a link.
 *
 * `evaluate` checks every policy, condition by condition, with Learn's rules: disabled policies
 * are skipped, report-only ones never decide, conditions are ANDed, exclusions beat inclusions,
 * and anything the inputs cannot settle is `unknown` rather than a guess. The device filter is
 * a full parser and three-valued evaluator of the rule language (`rule.ts`), including the
 * documented behaviour of unregistered devices. The result is data (keys and params);
 * `explain` turns it into sentences of one language (`messages.ts`: the keys; the sentences
 * are in each language's interface strings).
 *
 * Nothing here touches the DOM or throws on bad input: readers return `Parsed<T>`.
 */
export { evaluate, evaluatePolicy, type WhatIfInput } from './engine.ts';
export {
  normaliseNamedLocations,
  normalisePolicies,
  normaliseScenario,
  parseNamedLocations,
  parsePolicies,
  parseScenario,
} from './input.ts';
export { readJson, MAX_JSON_CHARS } from './json.ts';
export { scenarioFromDetails, type FilledField } from './details.ts';
export {
  carriesEvaluation,
  fromFragment,
  scenarioToRequest,
  toFragment,
  type FragmentPart,
} from './fragment.ts';
export {
  evaluateRule,
  deviceView,
  lintRule,
  parseRule,
  printRule,
  MAX_RULE_LENGTH,
  type RuleNode,
  type RuleParse,
} from './rule.ts';
export { cidrContains, parseCidr, parseIp } from './cidr.ts';
export {
  controlSentence,
  explain,
  requirementSentence,
  sentence,
  type Explained,
  type Sentence,
} from './explain.ts';
export {
  isMessageKey,
  messageKeys,
  messagesFrom,
  type MessageKey,
  type Messages,
} from './messages.ts';
export {
  blockingPolicies,
  policyGroups,
  portalLabelSentence,
  ruleCaret,
  type PolicyGroup,
} from './outcome.ts';
export {
  emptyScenario,
  readInputs,
  readScenario,
  type InputPart,
  type InputProblem,
  type InputTexts,
  type ReadInputs,
} from './read-inputs.ts';
export { decodeBytes, isZip, type Decoded } from './decode.ts';
export { classify, readDocuments, refusal, type Item, type ItemKind } from './documents.ts';
export { readLocations, readPolicies, type PolicySet } from './sets.ts';
export {
  fileOrder,
  readSources,
  type FileReport,
  type SourceFile,
  type SourcesRead,
} from './sources.ts';
export {
  builtInNames,
  labelId,
  labelText,
  nameBook,
  parseNameMap,
  type NameBook,
  type NameMapRead,
} from './names.ts';
export { office365Member } from './apps.ts';
export { sampleTenant, type SampleSignIn } from './sample.ts';
export {
  decidingCondition,
  filterRows,
  sortRows,
  summarise,
  uniqueReasons,
  unsetDifference,
  unsetFields,
  type RowFilter,
  type SortKey,
  type SummaryRow,
  type UnsetDifference,
  type UnsetField,
} from './summary.ts';
export {
  LINK_WARN_CHARS,
  isShareFragment,
  linkBand,
  minimise,
  readShareFragment,
  shareFragment,
  type SharedParts,
} from './share.ts';
export type * from './types.ts';
