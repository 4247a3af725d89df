// The deb's metadata as electron-builder hands it to fpm (a recording stand-in, tests/pack/record-fpm.sh):
// dependencies, recommended speech packages, the desktop file and icons at every hicolor size.
import { beforeAll, describe, expect, it } from 'vitest'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { packPaths } from './packDir.mjs'

const paths = packPaths(process.env['CADENCE_PACK_DIR'])
const HICOLOR_SIZES = [16, 32, 48, 64, 128, 256, 512]
let args: string[] = []
const shared = (path: string) => join(paths.fpmRecord, 'files/usr/share', path)
const valuesOf = (flag: string) => args.flatMap((a, i) => (args[i - 1] === flag ? [a] : []))

beforeAll(() => {
  const record = join(paths.fpmRecord, 'args')
  if (!existsSync(record)) throw new Error(`${record} is missing: run \`npm run test:pack\`.`)
  args = readFileSync(record, 'utf8').split('\0').slice(0, -1)
})

describe('the deb', () => {
  it('is a deb named cadence, depending on the libraries Electron needs', () => {
    expect(valuesOf('-t')).toEqual(['deb'])
    expect(valuesOf('--name')).toEqual(['cadence'])
    expect(valuesOf('-d')).toEqual(expect.arrayContaining(['libgtk-3-0', 'libnss3', 'libxss1']))
  })

  it('recommends the speech packages that give Linux voices', () => {
    expect(valuesOf('--deb-recommends')).toEqual(['speech-dispatcher', 'espeak-ng'])
  })

  it('installs a desktop file whose StartupWMClass matches desktopName', () => {
    const desktop = readFileSync(shared('applications/cadence.desktop'), 'utf8')
    expect(desktop).toMatch(/^StartupWMClass=cadence$/m)
    expect(desktop).toMatch(/^Icon=cadence$/m)
    expect(desktop).toMatch(/^Exec=\/opt\/Cadence\/cadence %U$/m)
  })

  it('installs icons at every hicolor size, and a scalable SVG', () => {
    for (const size of HICOLOR_SIZES) {
      const png = readFileSync(shared(`icons/hicolor/${size}x${size}/apps/cadence.png`))
      expect(png.readUInt32BE(16), `${size}px`).toBe(size)
    }
    expect(readFileSync(shared('icons/hicolor/scalable/apps/cadence.svg'), 'utf8')).toContain(
      '<svg'
    )
  })
})
