/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render .astro components with the Container API.
export default getViteConfig({
  test: {
    env: { TZ: 'UTC' },
    projects: [
      // Some unit tests run our CLI scripts as child processes: on a busy 2-core machine one takes seconds to start.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 } },
      // Build tests run whole Astro builds of fixture files; one at a time keeps 2-core machines responsive.
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
