/**
 * The site's languages, declared once: everything else (routes, the data files of the tools, the
 * search indexes, the 404 page, the language chooser, the tests) is derived from this list.
 * Italian is the default: every page exists at `/it/<slug>/` and `/en/<slug>/`, and nothing lives
 * at the root but the language chooser. A language more is one line here, one content tree
 * (`src/content/docs/<key>/`) and one strings file (`src/content/i18n/<key>.json`): see
 * CONTRIBUTING.md.
 */
export const locales = {
  it: { label: 'Italiano', lang: 'it', intl: 'it-IT', title: 'Errore 53003' },
  en: { label: 'English', lang: 'en', intl: 'en-GB', title: 'Error 53003' },
} as const satisfies Record<string, LocaleConfig>;

/** What each language declares. */
export interface LocaleConfig {
  /** Its name in itself, as the language switcher shows it. */
  label: string;
  /** The BCP 47 tag of its pages (`<html lang>`, hreflang). */
  lang: string;
  /** The tag dates and numbers are formatted with (`Intl`): `en-GB` writes "3 August 2023". */
  intl: string;
  /** The site's name in it. */
  title: string;
}

/** A locale key, which is also the first segment of every content path and URL. */
export type Locale = keyof typeof locales;

/** The language a visitor gets when nothing says otherwise. */
export const defaultLocale: Locale = 'it';

/**
 * The language the root chooser sends a visitor whose browser asks for none of the site's: the
 * one more visitors share.
 */
export const fallbackLocale: Locale = 'en';

/** Every locale key, in the order the language switcher lists them. */
export const localeKeys = Object.keys(locales) as Locale[];
