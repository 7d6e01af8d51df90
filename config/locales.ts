/**
 * The site's languages, declared once. Italian is the default: every page exists at
 * `/it/<slug>/` and `/en/<slug>/`, and nothing lives at the root but the language chooser.
 */
export const locales = {
  it: { label: 'Italiano', lang: 'it' },
  en: { label: 'English', lang: 'en' },
} as const satisfies Record<string, { label: string; lang: string }>;

/** A locale key, which is also the first segment of every content path and URL. */
export type Locale = keyof typeof locales;

/** The language a visitor gets when nothing says otherwise. */
export const defaultLocale: Locale = 'it';

/** Every locale key, in the order the language switcher lists them. */
export const localeKeys = Object.keys(locales) as Locale[];
