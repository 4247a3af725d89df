// Vitest global setup for the glue suite: it runs the built bundles, so say so plainly when there are none.
import { existsSync } from 'node:fs'
import { appPath } from './appDir'

export default function requireBuild(): void {
  for (const bundle of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(appPath(bundle)))
      throw new Error(`${bundle} is missing under ${appPath('.')}: run \`npm run build\` first.`)
  }
}
