// Unit tests: pure code and main-process modules in Node, with real files in temp folders.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Path aliases come from tsconfig.base.json's paths.
  resolve: { tsconfigPaths: true },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
  },
})
