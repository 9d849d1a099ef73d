import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Plain modules under src/, tested without Astro.
        test: { name: 'unit', include: ['src/**/*.test.ts'] },
      },
      {
        // The content check against small fixtures, and builds of broken content.
        test: { name: 'content', include: ['test/content/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // The real site, built once under the root and once under a sub-path.
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/setup/build-site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
