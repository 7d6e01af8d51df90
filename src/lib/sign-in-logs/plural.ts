/**
 * Counts in words, in both languages: "1 sign-in", "2 sign-ins", "1 accesso", "2 accessi". A
 * string that holds a count has one template per plural category of `Intl.PluralRules`
 * (`key.one`, `key.other`, and `key.many` where a language has it); a category without its own
 * template uses `key.other`. The count is written with the language's digit grouping.
 */
import { fill } from '../text';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** The plural category of `count` in `locale` (`one`, `other`…). */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r.select(count);
}

/** The template of `key` for `count`: `key.<category>`, else `key.other`, else ''. */
export function pluralTemplate(
  strings: Readonly<Record<string, string>>,
  key: string,
  locale: string,
  count: number,
): string {
  return strings[`${key}.${pluralCategory(locale, count)}`] ?? strings[`${key}.other`] ?? '';
}

/** A number in the language's writing (`1.234` in Italian, `1,234` in English). */
export function formatCount(locale: string, count: number): string {
  let f = numbers.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale);
    numbers.set(locale, f);
  }
  return f.format(count);
}

/**
 * The sentence of `key` for `count`, its `{count}` written in the language's digits and any
 * other `{name}` filled from `values`; unknown placeholders stay as written.
 */
export function countText(
  strings: Readonly<Record<string, string>>,
  key: string,
  locale: string,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return fill(pluralTemplate(strings, key, locale, count), {
    ...values,
    count: formatCount(locale, count),
  });
}
