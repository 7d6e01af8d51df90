/**
 * From the validated collections (both languages) to the plain, one-language data the checker
 * runs on. The page calls it at build time; the tests call it on the same JSON files.
 */
import { locales, type Locale } from '../../../config/locales.ts';
import { localizedText } from '../site/localized.ts';
import type { CauseInfo, CheckerRule, ErrorCode, KnownApp } from '../../schemas/data.ts';
import type { CauseId, CheckerData } from './types.ts';
import { checkerWords } from './words.ts';
import { lexicon } from './lexicon.ts';

/** The data files as their schemas describe them. */
export interface RawCheckerData {
  codes: readonly ErrorCode[];
  apps: readonly KnownApp[];
  rules: readonly CheckerRule[];
  causes: readonly CauseInfo[];
}

/**
 * Reduces the data to one language. `order` is the order of the causes (most frequent first),
 * `titles` their page titles in that language. Fails loudly on a cause without its data.
 */
export function localiseData(
  raw: RawCheckerData,
  locale: Locale,
  order: readonly CauseId[],
  titles: Readonly<Record<string, string>>,
): CheckerData {
  return {
    words: checkerWords,
    lexicon,
    intl: locales[locale].intl,
    codes: raw.codes.map((c) => ({
      code: c.code,
      name: c.name,
      status: c.status,
      conditionalAccess: c.conditionalAccess,
      summary: localizedText(c.summary, locale),
      cause: c.cause,
      page: c.page,
    })),
    apps: raw.apps.map((a) => ({ id: a.id, name: a.name, kind: a.kind })),
    rules: raw.rules.map((r) => ({
      id: r.id,
      cause: r.cause,
      weight: r.weight,
      when: r.when,
      evidence: localizedText(r.evidence, locale),
      tryNow: r.tryNow && localizedText(r.tryNow, locale),
      step: r.step,
    })),
    causes: order.map((id) => {
      const cause = raw.causes.find((c) => c.id === id);
      const title = titles[id];
      if (!cause || !title)
        throw new Error(`checker data: cause "${id}" needs an entry in causes.json and a title.`);
      return { id, title, tryNow: localizedText(cause.tryNow, locale), step: cause.step };
    }),
  };
}
