import { describe, expect, test } from 'vitest';
import { allowedStyleAttributes, sha256 } from '../../config/csp';
import {
  directiveSources,
  inlineScripts,
  inlineStyles,
  metaPolicy,
  styleAttributes,
} from '../../src/lib/build/html-audit';
import { builtPages } from './dist';

/**
 * The policy of every built page, read from dist/: each page has one, it never lets unlisted
 * inline code run, and every inline script, style and style attribute the page carries is allowed
 * by it. No exceptions: the browser tests (tests/e2e/csp.spec.ts) prove the same at run time.
 */
const pages = builtPages();
const source = (text: string) => `'${sha256(text)}'`;

test('the build has pages to check', () => {
  expect(pages.length).toBeGreaterThan(10);
});

describe('every page', () => {
  test('carries a policy that runs no unlisted inline code', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const policy = metaPolicy(html);
      if (!policy) {
        problems.push(`${path}: no <meta http-equiv="content-security-policy">`);
        continue;
      }
      const scriptSrc = directiveSources(policy, 'script-src');
      if (scriptSrc.length === 0) problems.push(`${path}: no script-src`);
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
        if (scriptSrc.includes(bad)) problems.push(`${path}: script-src allows ${bad}`);
      for (const directive of ['style-src', 'style-src-elem'])
        if (directiveSources(policy, directive).includes("'unsafe-inline'"))
          problems.push(`${path}: ${directive} allows 'unsafe-inline'`);
      if (!directiveSources(policy, 'object-src').includes("'none'"))
        problems.push(`${path}: object-src is not 'none'`);
    }
    expect(problems).toEqual([]);
  });

  test('allows each of its inline scripts and style elements by hash', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const policy = metaPolicy(html) ?? '';
      const scriptSrc = directiveSources(policy, 'script-src');
      const styleSrc = directiveSources(policy, 'style-src');
      for (const script of inlineScripts(html))
        if (!scriptSrc.includes(source(script)))
          problems.push(`${path}: inline script ${JSON.stringify(script.trim().slice(0, 60))}`);
      for (const style of inlineStyles(html))
        if (!styleSrc.includes(source(style)))
          problems.push(`${path}: inline style ${JSON.stringify(style.slice(0, 60))}`);
    }
    expect(problems).toEqual([]);
  });

  test('renders only the style attributes config/csp.ts allows', () => {
    const allowed = new Set<string>(allowedStyleAttributes);
    const unknown = new Map<string, string>();
    for (const { path, html } of pages)
      for (const value of styleAttributes(html))
        if (!allowed.has(value) && !unknown.has(value)) unknown.set(value, path);
    expect(
      [...unknown].map(([value, path]) => `${JSON.stringify(value)} (first on ${path})`),
      'style attributes the policy refuses: render them differently, or allow them in config/csp.ts',
    ).toEqual([]);
  });

  test('has the allow-list hashed into its policy', () => {
    for (const { path, html } of pages) {
      const attr = directiveSources(metaPolicy(html) ?? '', 'style-src-attr');
      for (const value of allowedStyleAttributes)
        expect(attr, `${path}: style-src-attr misses ${value}`).toContain(source(value));
    }
  });
});
