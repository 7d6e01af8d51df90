/**
 * Reads what a built page asks of the browser: its Content Security Policy, its inline scripts,
 * styles and style attributes, and the stylesheets that block its first paint. Pure string work
 * over the HTML Astro writes (double-quoted attributes, no nesting of these elements), shared by
 * the built-output tests and the benchmark.
 */

/** The value of the page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  return meta ? decodeEntities(/\scontent="([^"]*)"/.exec(meta)?.[1] ?? '') : undefined;
}

/** The source list of one directive of a policy (`[]` when the directive is absent). */
export function directiveSources(policy: string, name: string): string[] {
  for (const directive of policy.split(';')) {
    const [directiveName, ...sources] = directive.trim().split(/\s+/);
    if (directiveName?.toLowerCase() === name) return sources;
  }
  return [];
}

/** Types of `<script>` a browser executes; JSON-LD and other data blocks are not code. */
const executable = /^(|module|text\/javascript|application\/javascript)$/i;

/** The text of every inline `<script>` that a browser would run. */
export function inlineScripts(html: string): string[] {
  const found: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(
    /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi,
  )) {
    if (/\ssrc=/i.test(attrs)) continue;
    const type = /\stype="([^"]*)"/i.exec(attrs)?.[1] ?? '';
    if (executable.test(type.trim())) found.push(body);
  }
  return found;
}

/** The text of every `<style>` element. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
}

/** Every `style="…"` attribute value, decoded. */
export function styleAttributes(html: string): string[] {
  return [...html.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
}

/**
 * The stylesheets that block the first paint: `<link rel="stylesheet">` in the head whose media
 * can match a screen (no `media`, `all` or `screen…`). Print stylesheets and disabled ones do not.
 */
export function renderBlockingStylesheets(html: string): string[] {
  const head = html.slice(0, Math.max(0, html.search(/<\/head>/i))) || html;
  const hrefs: string[] = [];
  for (const [tag] of head.matchAll(/<link\s[^>]*>/gi)) {
    if (!/\srel="?stylesheet"?/i.test(tag) || /\sdisabled[\s>=]/i.test(tag)) continue;
    const media = /\smedia="([^"]*)"/i.exec(tag)?.[1]?.trim().toLowerCase();
    if (media && !/^(all|screen)\b/.test(media)) continue;
    const href = /\shref="([^"]*)"/i.exec(tag)?.[1];
    if (href) hrefs.push(decodeEntities(href));
  }
  return hrefs;
}

/** The `src` of every external script. */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\s[^>]*\bsrc="([^"]*)"[^>]*>/gi)].map((m) =>
    decodeEntities(m[1] ?? ''),
  );
}

/** Decodes the few entities Astro writes inside attribute values. */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
