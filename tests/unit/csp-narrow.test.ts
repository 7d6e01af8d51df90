import { expect, test } from 'vitest';
import { narrowPolicy } from '../../src/lib/csp-narrow';

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
