// Where `npm run test:pack` packs Cadence: outside the project (so the extracted app finds only its own
// node_modules), one folder per checkout so two worktrees do not collide.
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const packDir = (projectDir = process.cwd()) =>
  join(
    tmpdir(),
    `cadence-pack-${createHash('sha256').update(projectDir).digest('hex').slice(0, 10)}`
  )

/** The pieces inside it. */
export const packPaths = (dir = packDir()) => ({
  electronDist: join(dir, 'electron-dist'),
  output: join(dir, 'dist'),
  unpacked: join(dir, 'dist', 'linux-unpacked'),
  asar: join(dir, 'dist', 'linux-unpacked', 'resources', 'app.asar'),
  fpmRecord: join(dir, 'fpm-record'),
  app: join(dir, 'app'),
})
