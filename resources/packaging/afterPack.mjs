// electron-builder afterPack hook: flips Electron's fuses in the packed app, before it is signed, and drops
// Electron's own default app, which a packaged Cadence never loads.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { FUSES, fuseConfig, packedElectronBinary } from './fuses.mjs'

/** electron-builder's Arch.arm64. */
const ARM64 = 3

export default async function afterPack(context) {
  const fuses = await import('@electron/fuses')
  const binary = packedElectronBinary(context)
  // An arm64 macOS binary must carry a valid (ad hoc) signature to start; flipping fuses breaks it.
  const resetAdHocDarwinSignature =
    context.electronPlatformName === 'darwin' && context.arch === ARM64
  await fuses.flipFuses(binary, fuseConfig(fuses, { resetAdHocDarwinSignature }))
  console.log(`  • fuses set on ${binary}: ${JSON.stringify(FUSES)}`)
  // The builder leaves default_app.asar in place when it copies a custom electronDist.
  const resources = context.packager.getResourcesDir?.(context.appOutDir)
  if (resources) rmSync(join(resources, 'default_app.asar'), { force: true })
}
