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
