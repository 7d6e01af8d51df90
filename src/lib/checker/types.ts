/**
 * The shapes the checker's pure modules share. The data arrives as plain objects (from the
 * validated collections at build time, from fixtures in the tests), already reduced to one
 * language, so nothing here uses a schema at run time (the cause ids' type comes from one) or
 * touches the DOM.
 */
import type { CauseId } from '../../schemas/data.ts';
import type { CheckerWords } from './extract.ts';
import type { Lexicon } from './read.ts';

/**
 * The fields the checker reads: those of the "Troubleshooting details" block, in the order the
 * page prints them, then three that other pastes carry: the sign-in flow, the resource (scope)
 * and the user's address.
 */
export const fieldNames = [
  'errorCode',
  'requestId',
  'correlationId',
  'timestamp',
  'appName',
  'appId',
  'ipAddress',
  'deviceId',
  'devicePlatform',
  'deviceState',
  'flow',
  'resource',
  'user',
] as const;
export type FieldName = (typeof fieldNames)[number];

/** The questions; each can also be left at "don't know", which is the absence of an answer. */
export const questions = {
  vpn: ['yes', 'no'],
  abroad: ['yes', 'no'],
  client: ['browser', 'desktop', 'mobile', 'cli'],
  private: ['yes', 'no'],
  owner: ['personal', 'work'],
  devicecode: ['yes', 'no'],
  os: ['windows', 'macos', 'linux', 'ios', 'android'],
  where: ['here', 'wsl', 'container', 'codespace', 'cloud-vm', 'pipeline'],
} as const;
export type Question = keyof typeof questions;
export const questionNames = Object.keys(questions) as Question[];

/** The person's answers; a missing key means "don't know". */
export type Answers = { [Q in Question]?: (typeof questions)[Q][number] };

/** The sign-in flows a paste can show (`[data-field=flow][data-value=…]`). */
export const flows = [
  'device-code',
  'refresh-token',
  'password',
  'interactive',
  'client-credentials',
] as const;
export type Flow = (typeof flows)[number];

/** What the person says they already tried; it goes into the message for IT. */
export const triedIds = ['network', 'browser', 'app', 'restart', 'flagging'] as const;
export type TriedId = (typeof triedIds)[number];

/** The cause ids, as the cause pages and `data-cause` use them (listed once, in the schema). */
export type { CauseId };

/** One error code the site knows, in the page's language. */
export interface CodeInfo {
  code: string;
  name?: string | undefined;
  status: 'official' | 'observed';
  conditionalAccess: boolean;
  summary: string;
  cause?: CauseId | undefined;
  page: boolean;
}

/** One known application id. */
export interface AppInfo {
  id: string;
  name: string;
  kind?: 'cli' | 'web' | undefined;
}

/** One rule, in the page's language (see `checkerRuleSchema` for the meaning of each field). */
export interface Rule {
  id: string;
  cause: CauseId | 'from-code';
  weight: number;
  when: Partial<Record<string, readonly string[]>>;
  evidence: string;
  tryNow?: string | undefined;
  /** The step of "what have you tried" that `tryNow` is, so that a tried step is not advised. */
  step?: TriedId | undefined;
}

/** One cause, in the page's language. */
export interface CauseText {
  id: CauseId;
  title: string;
  tryNow: string;
  step?: TriedId | undefined;
}

/** Everything the checker knows besides the input: what the page hands to the logic. */
export interface CheckerData {
  codes: readonly CodeInfo[];
  apps: readonly AppInfo[];
  rules: readonly Rule[];
  /** In the order of frequency: the tie-break of the ranking. */
  causes: readonly CauseText[];
  /** The words that prove a flow, a resource, an address, the page's wording (`words.ts`). */
  words?: CheckerWords;
  /** The labels and values the label scan knows (`lexicon.ts`). */
  lexicon: Lexicon;
  /** The language's Intl tag, for dates (`config/locales.ts`). */
  intl: string;
}
