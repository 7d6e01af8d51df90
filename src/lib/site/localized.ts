import { defaultLocale, fallbackLocale, type Locale } from '../../../config/locales.ts';

/** A text of the data files in the site's languages (`localized` in src/schemas/data.ts). */
export type Localized = Readonly<Partial<Record<Locale, string | undefined>>>;

/**
 * The text in `locale`; for a language whose texts are not there yet, the fallback language's
 * (config/locales.ts), else the default one's, which the schema requires.
 */
export function localizedText(value: Localized, locale: Locale): string {
  return value[locale] ?? value[fallbackLocale] ?? value[defaultLocale] ?? '';
}
