/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three projects: `unit` runs without a build; `dist` checks the built site in `dist/`;
// `engines` drives Firefox and WebKit through the reader journeys on nginx serving `dist/`.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'engines',
          include: ['tests/engines/**/*.test.ts'],
          globalSetup: ['tests/engines/global-setup.ts'],
          // One browser per engine, both at once; each journey may wait for the browser.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
