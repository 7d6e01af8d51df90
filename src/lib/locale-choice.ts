import type { Locale } from '../../config/locales';

/**
 * Picks the site language for a visitor from the browser's ordered language list
 * (`navigator.languages`): the first entry that is Italian (`it`, `it-IT`, `it-CH`…) or English
 * decides; anything else, or nothing, means English, the language more visitors share.
 */
export function chooseLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'it') return 'it';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
