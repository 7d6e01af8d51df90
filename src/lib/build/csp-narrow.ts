/**
 * Narrows a built page's Content Security Policy to the inline code that page carries.
 *
 * Astro writes one list of hashes into every page: every inline script and style of the whole
 * build, and the five `client:` directive loaders even where no island exists. Each hash is about
 * 50 bytes that do not compress, on every page. A page only needs the hashes of its own inline
 * elements (files from the site itself are allowed by 'self'), so the other hashes are removed.
 * Nothing is ever added: an inline element Astro did not hash stays blocked, and the tests see it.
 */

/** The directives whose hash lists describe `<script>` and `<style>` elements. */
const elementDirectives = new Set(['script-src', 'script-src-elem', 'style-src', 'style-src-elem']);

const isHash = (source: string) => /^'sha(256|384|512)-[^']+'$/.test(source);

/**
 * The policy with, in the element directives, only the hashes found in `keep` (sources like
 * `'self'` stay). Other directives, `style-src-attr` included, are unchanged.
 */
export function narrowPolicy(policy: string, keep: ReadonlySet<string>): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      if (!elementDirectives.has(name.toLowerCase())) return directive;
      return [name, ...sources.filter((s) => !isHash(s) || keep.has(s))].join(' ');
    })
    .join('; ');
}

/**
 * The policy with `hashes` added to the directive that governs inline `<script>` or `<style>`
 * elements (`script-src-elem`/`style-src-elem` when present, else `script-src`/`style-src`).
 * For inline code written after Astro's build, such as a page's critical CSS.
 */
export function addElementHashes(
  policy: string,
  kind: 'script' | 'style',
  hashes: readonly string[],
): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);
  const names = directives.map((d) => (d.split(/\s+/)[0] ?? '').toLowerCase());
  const target = names.includes(`${kind}-src-elem`) ? `${kind}-src-elem` : `${kind}-src`;
  const index = names.indexOf(target);
  if (index === -1) {
    // No directive of its own: it falls back to default-src, so start from a copy of that.
    const fallback = directives[names.indexOf('default-src')]?.split(/\s+/).slice(1) ?? [];
    return [...directives, [target, ...fallback, ...hashes].join(' ')].join('; ');
  }
  const existing = new Set((directives[index] ?? '').split(/\s+/));
  directives[index] = [directives[index], ...hashes.filter((h) => !existing.has(h))].join(' ');
  return directives.join('; ');
}
