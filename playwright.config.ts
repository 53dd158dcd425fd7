import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/chromium-path.ts';
import { testPort } from './tests/support/ports.ts';

// A port of its own, so the tests never talk to a server someone left running with `npm start`.
const PORT = testPort(4329);

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: !!process.env.CI,
  // Axe over a long page on a busy 2-core machine can take a while; this is a ceiling, not a speed target.
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    timezoneId: 'UTC',
    locale: 'en-GB',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: findChromium(),
          // This machine has no network beyond the package registries: keep Chromium from trying.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
          ],
        },
      },
    },
  ],
  webServer: {
    // --ignore-lock: run beside any preview a developer has open, and always in the foreground.
    command: `astro preview --ignore-lock --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
