import { describe, expect, test } from 'vitest';
import {
  directiveSources,
  inlineScripts,
  inlineStyles,
  metaPolicy,
  renderBlockingStylesheets,
  scriptSources,
  styleAttributes,
} from '../../../src/lib/build/html-audit';

const page = `<!doctype html><html><head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">
<link rel="stylesheet" href="/_astro/index.css">
<link rel="stylesheet" href="/_astro/print.css" media="print">
<link rel="stylesheet" href="/_astro/wide.css" media="screen and (min-width: 50em)">
<link rel="preload" href="/_astro/font.woff2" as="font">
<script type="application/ld+json">{"@type":"TechArticle"}</script>
<script>boot()</script>
<script type="module" src="/_astro/page.js"></script>
<style>.a{color:red}</style>
</head><body>
<p style="--sl-icon-size: 1em;">x</p>
<dialog style="padding:0"></dialog>
<script type="module">run()</script>
<link rel="stylesheet" href="/_astro/late.css">
</body></html>`;

describe('html audit', () => {
  test('reads the meta policy and its directives', () => {
    const policy = metaPolicy(page) ?? '';
    expect(directiveSources(policy, 'script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(directiveSources(policy, 'style-src')).toEqual(["'self'"]);
    expect(directiveSources(policy, 'worker-src')).toEqual([]);
    expect(metaPolicy('<html></html>')).toBeUndefined();
  });

  test('lists the inline scripts a browser runs, not JSON-LD nor external ones', () => {
    expect(inlineScripts(page)).toEqual(['boot()', 'run()']);
    expect(scriptSources(page)).toEqual(['/_astro/page.js']);
  });

  test('lists style elements and style attributes', () => {
    expect(inlineStyles(page)).toEqual(['.a{color:red}']);
    expect(styleAttributes(page)).toEqual(['--sl-icon-size: 1em;', 'padding:0']);
  });

  test.each([
    ['no media', '<link rel="stylesheet" href="/a.css">', ['/a.css']],
    ['print', '<link rel="stylesheet" href="/a.css" media="print">', []],
    ['screen query', '<link rel="stylesheet" href="/a.css" media="screen and (x)">', ['/a.css']],
    ['preload', '<link rel="preload" href="/a.css" as="style">', []],
  ])('a head stylesheet with %s', (_, link, expected) => {
    expect(renderBlockingStylesheets(`<head>${link}</head><body></body>`)).toEqual(expected);
  });

  test('only head stylesheets block the first paint', () => {
    expect(renderBlockingStylesheets(page)).toEqual(['/_astro/index.css', '/_astro/wide.css']);
  });
});
