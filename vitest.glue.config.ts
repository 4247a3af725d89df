// The Electron glue: the built main and preload bundles, run in Node against a fake Electron (npm run build first).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Path aliases come from tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/glue/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    globalSetup: ['tests/glue/harness/requireBuild.ts'],
  },
})
