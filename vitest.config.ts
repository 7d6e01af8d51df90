import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Two layers of Node tests: `unit` (logic and content, no build needed: `npm run test:unit`) and
 * `build` (checks of dist/ after `astro build`: `npm run test:build`). The browser tests are
 * Playwright's (tests/e2e).
 */
export default defineConfig({
  resolve: {
    // The import aliases of tsconfig.json.
    alias: {
      '~/': fileURLToPath(new URL('./src/', import.meta.url)),
      '~config/': fileURLToPath(new URL('./config/', import.meta.url)),
    },
  },
  test: {
    // The tests are pure and share nothing, so one module graph per worker is enough.
    isolate: false,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'] } },
    ],
  },
});
