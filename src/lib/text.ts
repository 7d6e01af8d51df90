/**
 * Interface text: the one `{name}` filler and the one translator. Every tool, the search and the
 * What If engine fill their strings here, so a placeholder behaves the same everywhere.
 */

/** Values for the `{name}` placeholders of a string. */
export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders from `params`; names it does not hold are left as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Looks up an interface string by key and fills its placeholders. */
export type Translate = (key: string, params?: Params) => string;

/** A translator over a flat dictionary; a missing key shows itself, which the tests catch. */
export function translator(strings: Readonly<Record<string, string>>): Translate {
  return (key, params) => fill(strings[key] ?? key, params);
}

/**
 * The strings of `keys` that start with `prefix`, by key without it (`whatIf.evaluate` →
 * `evaluate`): how a tool reads its own group of the flat i18n keys.
 */
export function withoutPrefix<P extends string, K extends `${P}${string}`>(
  prefix: P,
  keys: readonly K[],
  read: (key: K) => string,
): Record<K extends `${P}${infer Rest}` ? Rest : never, string> {
  return Object.fromEntries(keys.map((key) => [key.slice(prefix.length), read(key)])) as Record<
    K extends `${P}${infer Rest}` ? Rest : never,
    string
  >;
}
