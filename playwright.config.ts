// The Playwright example suite: release checks written with the `consent-auditor/playwright` fixture, against the
// bundled demo site (started by the global setup on fixed local ports).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/playwright',
  globalSetup: './test/playwright/global-setup.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
