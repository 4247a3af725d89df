// The installer config, checked here because electron-builder cannot run (it downloads Electron):
// it must satisfy electron-builder's own schema, and the afterPack hook must really set every fuse.
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import * as fuses from '@electron/fuses'
import afterPack from '@resources/packaging/afterPack.mjs'
import { FUSES } from '@resources/packaging/fuses.mjs'
import { readJson } from '../fixtures/readJson'

/** The marker Electron's binary puts before its fuse wire (@electron/fuses' SENTINEL). */
const ELECTRON_FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Record<string, unknown>
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>
  engines: { node: string }
}

describe('electron-builder config', () => {
  it("validates against electron-builder's JSON schema", () => {
    const schema = readJson('node_modules/app-builder-lib/scheme.json')
    const ajv = new Ajv({ allErrors: true, strict: false })
    const validate = ajv.compile(schema)
    const { $schema: _ignored, ...builderConfig } = config
    expect(validate(builderConfig), JSON.stringify(validate.errors)).toBe(true)
    // The schema catches a misspelt option.
    expect(validate({ ...builderConfig, asarr: true })).toBe(false)
  })

  it('builds AppImage and deb, a universal dmg and NSIS, with asar, icons and the fuse hook', () => {
    expect(config).toMatchObject({
      appId: 'app.cadence.timer',
      asar: true,
      afterPack: './resources/packaging/afterPack.mjs',
      linux: { target: ['AppImage', 'deb'] },
      mac: { target: [{ target: 'dmg', arch: ['universal'] }] },
      win: { target: [{ target: 'nsis' }] },
    })
    const icon = readFileSync(config['icon'] as string)
    expect(icon.subarray(1, 4).toString()).toBe('PNG')
    expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(512) // width, for macOS's .icns
    expect(pkg.scripts['dist']).toMatch(/electron-vite build && electron-builder/)
    expect(pkg.engines.node).toBe('>=22.12')
  })
})

describe('fuses', () => {
  it('sets every fuse @electron/fuses knows, deliberately', () => {
    const known = Object.keys(fuses.FuseV1Options).filter((k) => Number.isNaN(Number(k)))
    expect(Object.keys(FUSES).sort()).toEqual(known.sort())
    expect(FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableCookieEncryption: true,
      GrantFileProtocolExtraPrivileges: false,
    })
  })

  it('afterPack flips them in a packed Linux app', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cadence-pack-'))
    try {
      const binary = join(dir, 'cadence')
      writeFileSync(binary, standInElectron())
      const context = {
        appOutDir: dir,
        electronPlatformName: 'linux',
        arch: 1,
        packager: { appInfo: { productFilename: 'Cadence' }, executableName: 'cadence' },
      }
      await afterPack(context)
      const wire = await fuses.getCurrentFuseWire(binary)
      for (const [name, on] of Object.entries(FUSES)) {
        const option = fuses.FuseV1Options[name as keyof typeof fuses.FuseV1Options]
        expect(wire[option], name).toBe(on ? fuses.FuseState.ENABLE : fuses.FuseState.DISABLE)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  // Where electron-builder puts the file that carries the fuse wire, written out here from its layout (not
  // from packedElectronBinary): if the hook looks anywhere else, flipping fails and so does this test.
  it.each([
    ['linux', ['cadence']],
    ['win32', ['Cadence.exe']],
    [
      'darwin',
      [
        'Cadence.app',
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ],
    ],
    [
      'mas',
      [
        'Cadence.app',
        'Contents',
        'Frameworks',
        'Electron Framework.framework',
        'Electron Framework',
      ],
    ],
  ])('afterPack finds and flips the fuse wire of a packed %s app', async (platform, parts) => {
    const dir = mkdtempSync(join(tmpdir(), 'cadence-pack-'))
    try {
      const binary = join(dir, ...parts)
      mkdirSync(dirname(binary), { recursive: true })
      writeFileSync(binary, standInElectron())
      await afterPack({
        appOutDir: dir,
        electronPlatformName: platform,
        arch: 1,
        packager: { appInfo: { productFilename: 'Cadence' }, executableName: 'cadence' },
      })
      const wire = await fuses.getCurrentFuseWire(binary)
      expect(wire[fuses.FuseV1Options.RunAsNode]).toBe(fuses.FuseState.DISABLE)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** A stand-in for the Electron binary: its fuse wire at Electron's defaults, inside other bytes. */
function standInElectron(): Buffer {
  const defaults = '101100011'
  return Buffer.concat([
    Buffer.alloc(4096, 7),
    Buffer.from(ELECTRON_FUSE_SENTINEL),
    Buffer.from([1, defaults.length]),
    Buffer.from(defaults),
    Buffer.alloc(4096, 7),
  ])
}
