import { z } from 'astro/zod';
import { defaultLocale, localeKeys, type Locale } from '../../config/locales';

/** How sure we are of a fact, as the fact sheet grades it. */
export const confidence = z.enum(['official', 'observed']);

/**
 * A short text in the site's languages (config/locales.ts). The default language's text is
 * required; a language added to the config without its texts yet shows the fallback language's
 * (`src/lib/site/localized.ts`), and the unit test `tests/unit/data.test.ts` lists what it lacks.
 */
export const localized = z.object(
  Object.fromEntries(
    localeKeys.map((key) => [
      key,
      key === defaultLocale ? z.string().min(3) : z.string().min(3).optional(),
    ]),
  ) as Record<Locale, z.ZodString | z.ZodOptional<z.ZodString>>,
);

/** The causes of a 53003, as ids shared by the pages (`/causes/<id>/`), the checker and the tools. */
export const causeIds = [
  'location',
  'device',
  'client-app',
  'platform',
  'auth-flow',
  'risk',
  'assignment',
] as const;
export const causeId = z.enum(causeIds);
export type CauseId = z.infer<typeof causeId>;

/** One sign-in error code the site knows: `src/data/codes.json`. */
export const errorCodeSchema = z.object({
  /** Digits only, no AADSTS prefix. */
  code: z.string().regex(/^\d{5,7}$/),
  /** The enum name Microsoft prints, where one exists. */
  name: z.string().optional(),
  /** Whether Microsoft documents the code ('official') or it is only seen in the wild ('observed'). */
  status: confidence,
  /** True when the code comes from a Conditional Access decision (or its close device/app checks). */
  conditionalAccess: z.boolean(),
  /** What it means, one plain sentence per language. */
  summary: localized,
  /** The cause page that explains it best, if any. */
  cause: causeId.optional(),
  /** Whether the site has a page for it at `/codes/<code>/` (53003 points to `/what-is-53003/`). */
  page: z.boolean(),
});
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** One Microsoft application id: `src/data/apps.json`. */
export const appSchema = z.object({
  /** The application (client) id, lower case. Microsoft's ids are not always RFC 4122 UUIDs. */
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  name: z.string().min(2),
  /** Where the mapping comes from: a Microsoft page, or a public research list. */
  source: z.enum(['microsoft', 'observed', 'research']),
  /**
   * What kind of client it is, where that is plain from the app itself: `cli` for command-line
   * tools (Azure CLI, PowerShell), `web` for apps that only run in a browser. The checker uses it.
   */
  kind: z.enum(['cli', 'web']).optional(),
});
export type KnownApp = z.infer<typeof appSchema>;

/**
 * The checker's facts: what a rule can test. Each is derived from the pasted details or from the
 * person's answers; every fact has a closed set of values, `missing`/`unknown` included, so a rule
 * can also fire on an absence.
 */
export const checkerFacts = {
  /** The error code found (digits only), or `missing`. */
  code: z.array(z.union([z.string().regex(/^\d{5,7}$/), z.literal('missing')])),
  /** The cause `codes.json` names for a Conditional Access code other than 53003, else `none`. */
  codeCause: z.array(z.union([causeId, z.literal('none')])),
  /** Device state, normalised to lower case without spaces (`compliant` as people retype it). */
  deviceState: z.array(
    z.enum(['unregistered', 'registered', 'domainjoined', 'compliant', 'other', 'missing']),
  ),
  /** Whether a device identifier was shown (`not-available` is the page's "Not available"). */
  deviceId: z.array(z.enum(['present', 'not-available', 'missing'])),
  /** Device platform, normalised: the pasted one, else the one the person names (`os`). */
  platform: z.array(
    z.enum(['windows', 'macos', 'ios', 'android', 'linux', 'unknown', 'other', 'missing']),
  ),
  /** The kind of the known app (see `apps.json`), `unknown` for an app id we do not know. */
  appKind: z.array(z.enum(['cli', 'web', 'other', 'unknown', 'missing'])),
  /** The app id itself. */
  appId: z.array(
    z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  ),
  /** Whether the page showed the IP address. */
  ip: z.array(z.enum(['present', 'missing'])),
  /** Which wording of the error page was pasted (see `headlineOf` in the checker). */
  headline: z.array(
    z.enum(['no-permission', 'device-managed', 'token-protection', 'browser', 'other', 'missing']),
  ),
  /** The device requirement a message names ("required device state: compliant"). */
  requirement: z.array(z.enum(['compliant', 'domain-joined', 'managed', 'none'])),
  /** The sign-in flow the paste shows. */
  flow: z.array(
    z.enum([
      'device-code',
      'refresh-token',
      'password',
      'interactive',
      'client-credentials',
      'missing',
    ]),
  ),
  /** A device code sign-in, from the paste or the answer. */
  deviceCode: z.array(z.enum(['yes', 'no', 'unknown'])),
  /** The answers: yes, no or "don't know". */
  vpn: z.array(z.enum(['yes', 'no', 'unknown'])),
  abroad: z.array(z.enum(['yes', 'no', 'unknown'])),
  private: z.array(z.enum(['yes', 'no', 'unknown'])),
  devicecode: z.array(z.enum(['yes', 'no', 'unknown'])),
  client: z.array(z.enum(['browser', 'desktop', 'mobile', 'cli', 'unknown'])),
  owner: z.array(z.enum(['personal', 'work', 'unknown'])),
  os: z.array(z.enum(['windows', 'macos', 'linux', 'ios', 'android', 'unknown'])),
  where: z.array(
    z.enum(['here', 'wsl', 'container', 'codespace', 'cloud-vm', 'pipeline', 'unknown']),
  ),
};

/** The steps of the checker's "what have you tried" list, which a `tryNow` can be. */
export const triedSteps = z.enum(['network', 'browser', 'app', 'restart', 'flagging']);

/**
 * One rule of the checker: `src/data/checker-rules.json`. When every fact named in `when` has
 * one of the listed values, the rule adds `weight` to its cause and its evidence is shown.
 * Negative weights are evidence against a cause, and are shown as such.
 */
export const checkerRuleSchema = z.object({
  /** Stable id, kebab case; tests and the benchmark refer to rules by id. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The cause it speaks for (or against); `from-code` means the cause the error code names. */
  cause: z.union([causeId, z.literal('from-code')]),
  /** Points added to the cause when the rule fires: positive for, negative against. */
  weight: z
    .number()
    .int()
    .min(-6)
    .max(6)
    .refine((w) => w !== 0, 'weight: a rule that weighs nothing says nothing'),
  /** The conditions, all of which must hold. At least one. */
  when: z
    .object(checkerFacts)
    .partial()
    .strict()
    .refine((w) => Object.keys(w).length > 0, 'when: name at least one fact'),
  /** "Why we think so", shown to the person; `{code}`, `{app}`, `{platform}` and `{summary}` are filled in. */
  evidence: localized,
  /** One thing to try right now, when this rule is the strongest evidence for its cause. */
  tryNow: localized.optional(),
  /** Which "already tried" step `tryNow` is: a step the person tried is never advised. */
  step: triedSteps.optional(),
});
export type CheckerRule = z.infer<typeof checkerRuleSchema>;

/** What the checker says about each cause: `src/data/causes.json`. Titles come from the cause pages. */
export const causeSchema = z.object({
  id: causeId,
  /** The thing to try right now when no rule offers a more precise one. */
  tryNow: localized,
  /** Which "already tried" step `tryNow` is, if it is one. */
  step: triedSteps.optional(),
});
export type CauseInfo = z.infer<typeof causeSchema>;

/**
 * One value of Graph beta's `conditionalAccessRuleSatisfied` (`src/data/ca-rules.json`): a
 * condition (`conditionalAccessCondition`) or a rule (`ruleSatisfied`), with the words the
 * sign-in log tool shows for it. Values from Graph's published enums; unknown ones show as written.
 */
export const caRuleSchema = z.object({
  /** Which of the two enums the value belongs to. */
  kind: z.enum(['condition', 'rule']),
  /** The enum value exactly as Graph writes it, e.g. `allApps`, `groupId`, `location`. */
  value: z.string().regex(/^[a-zA-Z0-9]+$/),
  /** What it means, in a few words per language. */
  label: localized,
});
export type CaRule = z.infer<typeof caRuleSchema>;
