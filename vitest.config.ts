/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects: `unit` runs without a build; `dist` checks the built site in `dist/`.
export default getViteConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
