// Makes a stand-in for Electron's unpacked Linux zip, for electron-builder's `electronDist`: the real
// binary cannot be downloaded here. It has the file names electron-builder copies, a real (tiny)
// default_app.asar (the builder hashes every asar in resources/), and a binary carrying Electron's fuse
// sentinel and wire, so the afterPack hook flips fuses for real and @electron/fuses reads them back.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPackage } from '@electron/asar'

/** The marker Electron's binary puts before its fuse wire (@electron/fuses' SENTINEL). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
/** Electron 45's fuse defaults, one ASCII 0/1 per fuse in FuseV1Options order. */
export const DEFAULT_FUSE_WIRE = '101100011'

/** The binary: a shell script that says what it is, then the fuse wire among other bytes. */
function standInBinary() {
  return Buffer.concat([
    Buffer.from(
      '#!/bin/sh\necho "Electron stand-in: the real binary is not available here" >&2\nexit 1\n'
    ),
    Buffer.alloc(4096, 0),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, DEFAULT_FUSE_WIRE.length]),
    Buffer.from(DEFAULT_FUSE_WIRE),
    Buffer.alloc(4096, 0),
  ])
}

const FILES = [
  'chrome-sandbox',
  'chrome_crashpad_handler',
  'chrome_100_percent.pak',
  'chrome_200_percent.pak',
  'resources.pak',
  'icudtl.dat',
  'libEGL.so',
  'libGLESv2.so',
  'libffmpeg.so',
  'libvk_swiftshader.so',
  'vk_swiftshader_icd.json',
  'snapshot_blob.bin',
  'v8_context_snapshot.bin',
  'locales/en-US.pak',
  'LICENSES.chromium.html',
]

/** Writes the stand-in into `dir` (created); resolves to `dir`. */
export async function makeStandInElectron(dir, version) {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  writeFileSync(join(dir, 'electron'), standInBinary(), { mode: 0o755 })
  for (const name of FILES) writeFileSync(join(dir, name), `stand-in ${name}\n`)
  writeFileSync(join(dir, 'LICENSE'), 'Stand-in for the MIT license Electron ships.\n')
  writeFileSync(join(dir, 'version'), version)
  // Electron's own default app, which a packaged build must not carry: a real asar, as the builder reads it.
  const defaultApp = mkdtempSync(join(tmpdir(), 'cadence-default-app-'))
  try {
    writeFileSync(join(defaultApp, 'package.json'), '{"name":"electron","main":"main.js"}\n')
    writeFileSync(join(defaultApp, 'main.js'), '// stand-in default app\n')
    await createPackage(defaultApp, join(dir, 'resources', 'default_app.asar'))
  } finally {
    rmSync(defaultApp, { recursive: true, force: true })
  }
  return dir
}
