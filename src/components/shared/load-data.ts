/**
 * How the tools' elements get their strings and data: the static JSON file their page names in
 * `data-src` (built per language under `src/pages/data/`), with a `<link rel="preload">` on the
 * page so the request is already under way when the element connects.
 */

/** Whether `value` is a non-null object (not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fetches a data file: a plain same-origin GET that carries nothing of the reader's. Any failure
 * (network, status, JSON, a shape `valid` refuses, such as a stale file) gives `undefined`,
 * quietly: each element then keeps its fallback.
 */
export async function fetchData<T>(
  src: string,
  valid: (value: unknown) => value is T,
): Promise<T | undefined> {
  try {
    const response = await fetch(src);
    if (!response.ok) return undefined;
    const data: unknown = await response.json();
    return valid(data) ? data : undefined;
  } catch {
    return undefined;
  }
}
