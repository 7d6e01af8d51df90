/**
 * The address of the same page in another language: the trees mirror each other, so only the
 * first segment changes (`/it/causes/location/` → `/en/causes/location/`).
 */
export function pathInLocale(
  pathname: string,
  locale: string,
  knownLocales: readonly string[],
): string {
  const [, first = '', ...rest] = pathname.split('/');
  const tail = knownLocales.includes(first) ? rest : [first, ...rest].filter(Boolean);
  return `/${[locale, ...tail].join('/')}${tail.length === 0 ? '/' : ''}`.replace(/\/{2,}/g, '/');
}
