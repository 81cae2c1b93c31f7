import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Playwright cannot download browsers here: use CHROME_PATH, else Debian's Chromium,
// else whatever browser Playwright itself has installed.
const systemChromium = '/usr/bin/chromium';
const executablePath = process.env['CHROME_PATH'] ?? (existsSync(systemChromium) ? systemChromium : undefined);

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
    baseURL: `http://localhost:${PORT}`,
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
    // Serves the already built `dist/` (npm test builds first).
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
