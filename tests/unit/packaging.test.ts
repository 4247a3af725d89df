// The installer config, checked here because electron-builder cannot run (it downloads Electron):
// it must satisfy electron-builder's own schema, and the afterPack hook must really set every fuse.
import { describe, expect, it } from 'vitest'
import { Ajv } from 'ajv'
import { validateWorkflow } from '@action-validator/core'
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
    expect(pkg.scripts['dist']).toMatch(/electron-vite build && electron-builder/)
    expect(pkg.engines.node).toBe('>=22.12')
  })
})

describe('release workflow', () => {
  const workflow = readFileSync('.github/workflows/release.yml', 'utf8')

  it("validates against GitHub's workflow schema (action-validator, offline)", () => {
    expect(validateWorkflow(workflow).errors).toEqual([])
    // The check catches a misspelt key.
    expect(validateWorkflow(workflow.replace('runs-on:', 'run-on:')).errors).not.toEqual([])
  })

  it('builds and publishes on Linux, macOS and Windows when a version tag is pushed', () => {
    expect(workflow).toMatch(/on:\n {2}push:\n {4}tags: \['v\*\.\*\.\*'\]/)
    expect(workflow).toContain('os: [ubuntu-latest, macos-latest, windows-latest]')
    expect(workflow).toContain(
      'npx electron-builder --config electron-builder.json --publish always'
    )
    expect(workflow).toContain('GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}')
  })
})

describe('icons (made by resources/make-icon.mjs)', () => {
  const SIZES = [16, 32, 48, 64, 128, 256, 512]
  const pngWidth = (png: Buffer) =>
    png.subarray(1, 4).toString() === 'PNG' ? png.readUInt32BE(16) : -1

  it('has a PNG at every hicolor size and an SVG for Linux, and desktopName for window matching', () => {
    expect(config['icon']).toBe('resources/icons')
    for (const size of SIZES) {
      expect(pngWidth(readFileSync(`resources/icons/${size}x${size}.png`)), `${size}px`).toBe(size)
    }
    expect(readFileSync('resources/icons/cadence.svg', 'utf8')).toBe(
      readFileSync('resources/icon.svg', 'utf8')
    )
    expect(readJson('package.json')['desktopName']).toBe('cadence.desktop')
    expect(config['linux']).toMatchObject({ icon: 'resources/icons', syncDesktopName: true })
  })

  it('has a Windows .ico holding every size up to 256', () => {
    const ico = readFileSync('resources/icon.ico')
    const count = ico.readUInt16LE(4)
    const sizes = Array.from({ length: count }, (_, i) => {
      const offset = ico.readUInt32LE(6 + 16 * i + 12)
      return pngWidth(ico.subarray(offset))
    })
    expect(sizes).toEqual(SIZES.filter((s) => s <= 256))
    expect(config['win']).toMatchObject({ icon: 'resources/icon.ico' })
  })

  it('has a macOS .icns from 16 to 1024 pixels', () => {
    const icns = readFileSync('resources/icon.icns')
    expect(icns.subarray(0, 4).toString()).toBe('icns')
    expect(icns.readUInt32BE(4)).toBe(icns.length)
    const sizes: number[] = []
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      sizes.push(pngWidth(icns.subarray(at + 8)))
    }
    expect(sizes).toEqual([16, 32, 64, 128, 256, 512, 1024])
    expect(config['mac']).toMatchObject({ icon: 'resources/icon.icns' })
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
