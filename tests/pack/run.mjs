// `npm run test:pack`: packs the built app with electron-builder (Linux dir and deb) over a stand-in Electron
// and a recording fpm, extracts app.asar outside the project, then runs the pack checks and the glue suite
// against the extracted app. Needs `npm run build` first (the npm script does it).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { extractAll } from '@electron/asar'
import { makeStandInElectron } from './makeStandInElectron.mjs'
import { packDir, packPaths } from './packDir.mjs'

const require = createRequire(import.meta.url)
const dir = packDir()
const paths = packPaths(dir)

function run(what, command, args, env = {}) {
  console.log(`\n▶ ${what}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) {
    console.error(`✗ ${what} failed (exit ${result.status ?? result.signal})`)
    process.exit(1)
  }
}

if (!existsSync('out/main/index.js')) {
  console.error('out/ is missing: run `npm run build` first.')
  process.exit(1)
}
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8')
).version
await makeStandInElectron(paths.electronDist, electronVersion)

run(
  'electron-builder --linux dir deb (stand-in Electron, recording fpm)',
  process.execPath,
  [
    require.resolve('electron-builder/cli.js'),
    '--config',
    'electron-builder.json',
    '--linux',
    'dir',
    'deb',
    '--publish',
    'never',
    `-c.electronDist=${paths.electronDist}`,
    `-c.directories.output=${paths.output}`,
  ],
  { CUSTOM_FPM_PATH: resolve('tests/pack/record-fpm.sh'), CADENCE_FPM_RECORD: paths.fpmRecord }
)
extractAll(paths.asar, paths.app)
console.log(`\napp.asar extracted to ${paths.app}`)

const vitest = resolve('node_modules/vitest/vitest.mjs')
run('pack checks', process.execPath, [vitest, 'run', '--config', 'vitest.pack.config.ts'], {
  CADENCE_PACK_DIR: dir,
})
run(
  'glue suite against the extracted app.asar',
  process.execPath,
  [vitest, 'run', '--config', 'vitest.glue.config.ts'],
  { CADENCE_GLUE_APP_DIR: paths.app }
)
