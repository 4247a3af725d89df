// End-to-end tests: the built renderer in real Chromium, bridged to the real main-process handlers.
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumExecutable } from './tests/e2e/harness/browser'

export default defineConfig({
  // Path aliases (@shared/..., @main/...) come from tsconfig.base.json's paths, through this file.
  tsconfig: './tsconfig.tests.json',
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
})
