// `npm run test:firefox`: the Firefox ESR suite (its own config, so `npm test` can run it as a separate step).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/firefox/**/*.test.ts'],
    root: new URL('../../', import.meta.url).pathname,
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
