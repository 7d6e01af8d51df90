/**
 * The words the sign-in log tool puts around values read from a file: string templates, the
 * labels of error codes, apps, countries, device states and Graph beta rules. Pure: the strings
 * and data arrive in a {@link ClientConfig} that `SignInLogs.astro` renders into the page.
 */
import type { SignInLogsStringKey } from '../../components/tools/sign-in-logs/strings';
import { fill } from '../text';
import type { TimeUnit } from './aggregate';
import type { LogReadWarning } from './read';
import type { LogFormat, RuleSatisfied } from './types';

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

/**
 * The warnings shown with the totals, in words; `no-policies` is left out, since it is said
 * where it matters, with the policies ({@link noPoliciesWarning}).
 */
export function warningLines(
  warnings: readonly LogReadWarning[],
  s: ToolStrings,
  formatNumber: (n: number) => string,
): string[] {
  return warnings.flatMap((w) =>
    w.code === 'no-policies'
      ? []
      : w.code === 'skipped'
        ? [fill(s['warning.skipped'], { count: formatNumber(w.count) })]
        : [s[`warning.${w.code}`]],
  );
}

/** Why a file shows no policies: the portal's CSV has no column for them, a JSON lacks the field. */
export function noPoliciesWarning(format: LogFormat, s: ToolStrings): string {
  return s[format === 'csv' ? 'warning.no-policies-csv' : 'warning.no-policies-json'];
}
