import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the production build (`astro build` then `astro preview`):
 * search only exists there. Chromium: `CHROMIUM_PATH` if set, else Debian's `/usr/bin/chromium`
 * when present (Playwright's own browser download is impossible on machines without internet),
 * else Playwright's bundled browser.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) =>
  existsSync(path),
);
const executablePath = process.env.CHROMIUM_PATH ?? systemChromium;
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          // Closed network: keep Chromium from calling home at start-up.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `astro preview --port ${port} --ignore-lock`,
    url: `http://localhost:${port}/it/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
