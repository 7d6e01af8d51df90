import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The import aliases of tsconfig.json.
    alias: {
      '~/': fileURLToPath(new URL('./src/', import.meta.url)),
      '~config/': fileURLToPath(new URL('./config/', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
