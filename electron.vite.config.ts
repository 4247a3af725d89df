// Builds the three Electron bundles: main (ESM), preload (CJS, as sandboxed preloads require) and the React renderer.
import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { PRODUCTION_CSP } from './src/main/security/csp'

/** Adds the strict CSP only to production HTML: the dev server needs inline scripts for hot reload. */
function productionCsp(): Plugin {
  return {
    name: 'cadence-production-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${PRODUCTION_CSP}" />`
      ),
  }
}

/**
 * react-i18next imports one helper from i18next, for selector keys Cadence does not use; the real import
 * would put i18next's whole core into the first script (bench: bundle). It gets a stand-in instead, and the
 * core loads with the first language (src/renderer/src/i18n/pageI18n.ts).
 */
function reactI18nextWithoutCore(): Plugin {
  const standIn = resolve('src/renderer/src/i18n/keyFromSelector.ts')
  return {
    name: 'cadence-react-i18next-without-core',
    enforce: 'pre',
    resolveId: (id, importer) =>
      id === 'i18next' && importer?.includes('/node_modules/react-i18next/') ? standIn : null,
  }
}

/** Path aliases (@shared/..., @main/...) come from tsconfig.base.json's paths, the one place they are set. */
const tsconfigAliases = { tsconfigPaths: true }

export default defineConfig({
  main: {
    resolve: tsconfigAliases,
    build: {
      // Bundled, not loaded from node_modules at start: Node resolves and compiles their hundreds of files
      // (zod; electron-store's conf and ajv; i18next) one by one, which cost the cold start 0.3-0.6 s before the
      // window (see tests/bench/cold-start.bench.ts). Only what loads after the window stays outside.
      externalizeDeps: { exclude: ['zod', 'electron-store', 'i18next'] },
      rollupOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    resolve: tsconfigAliases,
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/preload/index.ts'),
          display: resolve('src/preload/display.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: tsconfigAliases,
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/renderer/index.html'),
          display: resolve('src/renderer/display.html'),
          remote: resolve('src/renderer/remote.html'),
          demos: resolve('src/renderer/demos.html'),
        },
      },
      // Sounds stay real files so howler can decode them without data: URIs (the CSP allows 'self' only).
      assetsInlineLimit: 0,
      minify: true,
    },
    plugins: [reactI18nextWithoutCore(), react(), productionCsp()],
  },
})
