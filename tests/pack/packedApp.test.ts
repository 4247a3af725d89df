// What electron-builder packed (tests/pack/run.mjs packs first): fuses flipped in the binary, and an
// app.asar holding the whole build and its run-time modules, without sources, dev packages or Electron.
import { beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { listPackage } from '@electron/asar'
import * as fuses from '@electron/fuses'
import { FUSES } from '@resources/packaging/fuses.mjs'
import { bundlePackages } from '../fixtures/bundleImports'
import { readJson } from '../fixtures/readJson'
import { packPaths } from './packDir.mjs'

const paths = packPaths(process.env['CADENCE_PACK_DIR'])
/** The goal for the download's main part. */
const ASAR_BUDGET_BYTES = 12 * 1024 * 1024

let entries: string[] = []
beforeAll(() => {
  if (!existsSync(paths.asar))
    throw new Error(`${paths.asar} is missing: run \`npm run test:pack\`.`)
  entries = listPackage(paths.asar, { isPack: false }).map((e) => e.replaceAll('\\', '/'))
})
const files = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${relative('.', join(e.parentPath, e.name))}`)
const topModules = () =>
  new Set(entries.flatMap((e) => /^\/node_modules\/(@[^/]+\/[^/]+|[^@/][^/]*)$/.exec(e)?.[1] ?? []))

type Lock = { packages: Record<string, { version?: string; dev?: boolean }> }
const lock = readJson<Lock>('package-lock.json')
/** True when every copy of this name and version in the lockfile is there for development only. */
function isDevOnly(name: string): boolean {
  const { version } = readJson<{ version: string }>(
    join(paths.app, 'node_modules', name, 'package.json')
  )
  const copies = Object.entries(lock.packages).filter(
    ([path, entry]) =>
      (path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`)) &&
      entry.version === version
  )
  return copies.every(([, entry]) => entry.dev === true)
}

describe('the packed binary', () => {
  it('carries every fuse as configured, read back from the binary', async () => {
    const wire = await fuses.getCurrentFuseWire(join(paths.unpacked, 'cadence'))
    for (const [name, on] of Object.entries(FUSES)) {
      const option = fuses.FuseV1Options[name as keyof typeof fuses.FuseV1Options]
      expect(wire[option], name).toBe(on ? fuses.FuseState.ENABLE : fuses.FuseState.DISABLE)
    }
  })

  it('ships no Electron default app beside app.asar', () => {
    expect(readdirSync(join(paths.unpacked, 'resources'))).not.toContain('default_app.asar')
  })
})

describe('app.asar', () => {
  it('holds all of out/ except source maps', () => {
    const built = files('out').filter((f) => !f.endsWith('.map'))
    expect(built.length).toBeGreaterThan(10)
    expect(built.filter((f) => !entries.includes(f))).toEqual([])
  })

  it('holds a module for every bare import of the main and preload bundles', async () => {
    const bundles = entries.filter((e) => /^\/out\/(main\/.*\.js|preload\/.*\.cjs)$/.test(e))
    const needed = await bundlePackages(bundles.map((e) => join(paths.app, e)))
    const packed = topModules()
    expect(needed.filter((name) => name !== 'electron' && !packed.has(name))).toEqual([])
  })

  it('holds no sources, tests, source maps, dev-only packages or Electron', () => {
    expect(entries.filter((e) => /^\/(src|tests|resources)\//.test(e))).toEqual([])
    expect(entries.filter((e) => e.endsWith('.map'))).toEqual([])
    expect([...topModules()].filter(isDevOnly)).toEqual([])
    for (const name of ['electron', 'react', 'react-dom', 'recharts', 'howler', 'xstate']) {
      expect(topModules().has(name), name).toBe(false)
    }
  })

  it('stays within its size budget', () => {
    const size = statSync(paths.asar).size
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB (${size} bytes)`)
    expect(size).toBeLessThanOrEqual(ASAR_BUDGET_BYTES)
  })
})
