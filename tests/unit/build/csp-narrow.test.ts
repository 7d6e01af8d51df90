import { expect, test } from 'vitest';
import { addElementHashes, narrowPolicy } from '../../../src/lib/build/csp-narrow';

const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; " +
  "style-src 'self' 'sha256-c=' 'sha256-d='; style-src-attr 'unsafe-hashes' 'sha256-e='";

test('keeps only the hashes of the page, and every other source', () => {
  expect(narrowPolicy(policy, new Set(["'sha256-b='", "'sha256-c='"]))).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-b='; " +
      "style-src 'self' 'sha256-c='; style-src-attr 'unsafe-hashes' 'sha256-e='",
  );
});

test('never adds a hash the policy did not list', () => {
  expect(narrowPolicy("script-src 'self'", new Set(["'sha256-x='"]))).toBe("script-src 'self'");
});

test('a page without inline code keeps its sources and no hash', () => {
  expect(narrowPolicy(policy, new Set())).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
      "style-src-attr 'unsafe-hashes' 'sha256-e='",
  );
});

test('adds a hash to style-src once, leaving the other directives alone', () => {
  const added = addElementHashes(policy, 'style', ["'sha256-z='", "'sha256-c='"]);
  expect(added).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='; " +
      "style-src 'self' 'sha256-c=' 'sha256-d=' 'sha256-z='; style-src-attr 'unsafe-hashes' 'sha256-e='",
  );
  // What was added survives narrowing when the page carries that inline style.
  expect(narrowPolicy(added, new Set(["'sha256-z='"]))).toContain("style-src 'self' 'sha256-z='");
});

test('prefers style-src-elem, and copies default-src when the kind has no directive', () => {
  expect(
    addElementHashes("style-src 'self'; style-src-elem 'self'", 'style', ["'sha256-z='"]),
  ).toBe("style-src 'self'; style-src-elem 'self' 'sha256-z='");
  expect(addElementHashes("default-src 'self'", 'style', ["'sha256-z='"])).toBe(
    "default-src 'self'; style-src 'self' 'sha256-z='",
  );
});
