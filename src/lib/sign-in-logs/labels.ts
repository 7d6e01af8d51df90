/**
 * The words the sign-in log tool puts around values read from a file: string templates, the
 * labels of error codes, apps, countries, device states and Graph beta rules. Pure: the strings
 * and data arrive in a {@link ClientConfig} (`payload.ts`). What is said about files and their
 * warnings is in `words.ts`.
 */
import type { SignInLogsStringKey } from '../../components/tools/sign-in-logs/strings';
import type { TimeUnit } from './aggregate';
import type { RuleSatisfied } from './types';

/** The page's strings, without the `signinLogs.` prefix of their keys. */
export type ToolStrings = Record<
  SignInLogsStringKey extends `signinLogs.${infer K}` ? K : never,
  string
>;

/** One error code as the page labels it. */
export interface CodeLabel {
  code: string;
  conditionalAccess: boolean;
  /** The code's meaning in the page's language (`src/data/codes.json`). */
  summary: string;
  /** The site page that explains the code, if any. */
  href: string | null;
}

/** What the server gives the tool's script: language, strings and data, as one JSON block. */
export interface ClientConfig {
  locale: string;
  /**
   * The checker's absolute address in the page's language, built at build time from the site's
   * public address (`config/site.ts`): links the tool hands out are pasted into tickets and
   * e-mails.
   */
  checkerUrl: string;
  strings: ToolStrings;
  codes: CodeLabel[];
  /** Known Microsoft app ids → names (`src/data/apps.json`). */
  apps: Record<string, string>;
  /** Graph beta's conditions and rules → words in the page's language (`src/data/ca-rules.json`). */
  conditions: Record<string, string>;
  rules: Record<string, string>;
}

/** The words for a device state key `joinType|compliant|managed`. */
export function deviceStateLabel(key: string, s: ToolStrings): string {
  const [join = '', compliant = '', managed = ''] = key.split('|');
  const parts = [join || s['device.noJoin']];
  if (compliant)
    parts.push(compliant === 'true' ? s['device.compliant'] : s['device.notCompliant']);
  if (managed) parts.push(managed === 'true' ? s['device.managed'] : s['device.notManaged']);
  return parts.join(' · ');
}

/** The name of an app or resource: the file's own, else the known name of its id, else the id. */
export function appLabel(nameOrId: string, apps: Record<string, string>): string {
  return apps[nameOrId.toLowerCase()] ?? nameOrId;
}

/** `IT · Italia`: a two-letter region code with its name in the page's language. */
export function countryLabel(
  code: string,
  names: { of(code: string): string | undefined } | null,
): string {
  if (!/^[A-Za-z]{2}$/.test(code) || !names) return code;
  try {
    const name = names.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${code.toUpperCase()} · ${name}` : code;
  } catch {
    return code;
  }
}

/** `Users: a directory role (roleId)`: one satisfied rule in words, with Graph's value kept. */
export function ruleLabel(
  r: RuleSatisfied,
  config: Pick<ClientConfig, 'conditions' | 'rules'>,
): string {
  const condition = config.conditions[r.condition] ?? r.condition;
  const rule = config.rules[r.rule];
  return rule ? `${condition}: ${rule} (${r.rule})` : `${condition}: ${r.rule}`;
}

/** The label of an error code: its meaning, or that it is not a Conditional Access code. */
export function codeLabel(
  code: number | null,
  codes: readonly CodeLabel[],
  s: ToolStrings,
): string {
  const known = codes.find((c) => c.code === String(code));
  if (known) return known.summary;
  return s['codes.notCa'];
}

/** The word for a timeline unit. */
export function unitLabel(unit: TimeUnit, s: ToolStrings): string {
  return s[`unit.${unit}`];
}

/** The words for a device platform key (`windows`, `iOS`…; see `platformOf`), or the key itself. */
export function platformLabel(key: string, s: ToolStrings): string {
  return (s as Readonly<Record<string, string>>)[`platform.${key}`] ?? key;
}
