import { defineConfig, devices } from '@playwright/test';
import { findBrowser, thisMachine } from './deploy/scripts/tools.ts';

// The same choice as `npm run test:e2e` makes before it starts Playwright (deploy/scripts/tools.ts):
// CHROME_PATH, else Debian's Chromium, else a browser Playwright installed.
const browser = findBrowser(thisMachine());
const executablePath = 'path' in browser ? browser.path : undefined;

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      // This machine has no network: keep Chromium from reaching out at start-up.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' } },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testMatch: /(a11y|privacy)\.spec\.ts/ },
  ],
  webServer: {
    // Serves the already built `dist/` (npm test builds first) through nginx with the config in
    // deploy/nginx/, headers, redirects and precompressed files included, as a real host would.
    command: 'npm run serve',
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
