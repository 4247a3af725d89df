// Item 1 of shipping: `dependencies` is exactly what the built main and preload bundles load at run time,
// because electron-builder packs every dependency into app.asar (the renderer's packages are in its bundle).
import { describe, expect, it } from 'vitest'
import { readdirSync } from 'node:fs'
import { bundlePackages } from '../fixtures/bundleImports'
import { readJson } from '../fixtures/readJson'

const pkg = readJson<{
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}>('package.json')
const bundles = [
  'out/main/index.js',
  // What main loads later, with import(): the updater and the phone remote.
  ...readdirSync('out/main/chunks').map((f) => `out/main/chunks/${f}`),
  ...readdirSync('out/preload').flatMap((f) => (f.endsWith('.cjs') ? [`out/preload/${f}`] : [])),
]

describe('dependencies', () => {
  it('holds every package the main and preload bundles load, and nothing else', async () => {
    const loaded = (await bundlePackages(bundles)).filter((name) => name !== 'electron')
    const declared = Object.keys(pkg.dependencies).sort()
    const missing = loaded.filter((name) => !declared.includes(name))
    const unused = declared.filter((name) => !loaded.includes(name))
    expect(missing, 'loaded by the bundles but not in dependencies').toEqual([])
    expect(unused, 'in dependencies but loaded by no bundle (move to devDependencies)').toEqual([])
  })

  it('keeps electron in devDependencies, where electron-builder requires it', () => {
    expect(pkg.dependencies).not.toHaveProperty('electron')
    expect(pkg.devDependencies).toHaveProperty('electron')
  })
})
