import { z } from 'astro/zod';

/** How sure we are of a fact, as the fact sheet grades it. */
export const confidence = z.enum(['official', 'observed']);

/** A short text in both site languages. */
export const bilingual = z.object({ it: z.string().min(3), en: z.string().min(3) });

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
  summary: bilingual,
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
});
export type KnownApp = z.infer<typeof appSchema>;

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
  label: bilingual,
});
export type CaRule = z.infer<typeof caRuleSchema>;
