import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, systemChromium } from './scripts/chromium.ts';
import { freePort } from './tests/build/fixture-site.ts';

/**
 * A port of its own, so the tests never meet a dev server or an old preview: E2E_PORT, or a port
 * the system says is free now (not 4321, where `npm run dev` and `npm run preview` listen). It is
 * put in the environment, which the test workers inherit, so they all use the same one.
 */
process.env.E2E_PORT ??= String(await freePort());
const port = Number(process.env.E2E_PORT);
const executablePath = systemChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // Debian's Chromium where there is one; Playwright's own browser elsewhere.
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
  ],
  webServer: {
    // The tests run against the production build; `npm test` builds first. Always a server of their
    // own: a server already on the port (a dev server, an old preview) would be tested instead, so
    // Playwright stops with "port already used" rather than reuse it. --ignore-lock: Astro's
    // preview lock (.astro/preview.json) is for one preview per checkout, and this one has a port
    // of its own; a lock left by a server still shutting down would otherwise stop the run.
    command: `node_modules/.bin/astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
