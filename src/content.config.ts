import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { frontmatterSchema } from './schemas/frontmatter';
import { uiStringsSchema } from './schemas/ui-strings';
import {
  appSchema,
  caRuleSchema,
  causeSchema,
  checkerRuleSchema,
  errorCodeSchema,
} from './schemas/data';

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: frontmatterSchema }),
  }),
  /** Sign-in error codes: meaning, status, the cause page that explains them. */
  codes: defineCollection({
    loader: file('src/data/codes.json', {
      parser: (text) => JSON.parse(text).map((c: { code: string }) => ({ id: c.code, ...c })),
    }),
    schema: errorCodeSchema,
  }),
  /** Microsoft application ids and their names. */
  apps: defineCollection({ loader: file('src/data/apps.json'), schema: appSchema }),
  /** What the checker says about each cause (the titles come from the cause pages). */
  causes: defineCollection({ loader: file('src/data/causes.json'), schema: causeSchema }),
  /** The checker's rules: facts from the details and answers → evidence for or against a cause. */
  checkerRules: defineCollection({
    loader: file('src/data/checker-rules.json'),
    schema: checkerRuleSchema,
  }),
  /** Graph beta's Conditional Access conditions and rules, labelled for the sign-in log tool. */
  caRules: defineCollection({
    loader: file('src/data/ca-rules.json', {
      parser: (text) =>
        JSON.parse(text).map((r: { kind: string; value: string }) => ({
          id: `${r.kind}:${r.value}`,
          ...r,
        })),
    }),
    schema: caRuleSchema,
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: uiStringsSchema }),
  }),
};
