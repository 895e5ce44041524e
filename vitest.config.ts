import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'utils/**/*.test.ts',
            'data/**/*.test.ts',
            'components/**/*.test.tsx',
            'test/unit/**/*.test.ts',
            'cli/**/*.test.ts',
          ],
          environment: 'node',
          // Some tests push 20,000-100,000 items through the real code; 5 s is tight on a loaded 2-core CI machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          // Benchmarks print figures and write them to .bench/; `npm run bench` runs them, `npm test` does not.
          name: 'bench',
          include: ['bench/**/*.bench-run.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
