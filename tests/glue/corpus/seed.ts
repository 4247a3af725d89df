// A healthy data folder to damage: written by the real services in the test process, as a user's would be.
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { EXERCISES, type Exercise } from '@shared/library'
import type { Session } from '@shared/model/session'
import { FIXTURE_CIRCUIT, makeSession } from '@tests/fixtures/sessions'
import { openTestServices } from '../../unit/helpers/services'

export const SEEDED_SESSIONS = [1, 2, 3].map((n) => makeSession(n))
export const SEEDED_IDS = SEEDED_SESSIONS.map((s) => s.id)
export const NOBODY = 65534

export const customExercise = (id: string): Exercise => ({
  ...EXERCISES[0]!,
  id,
  name: `Move ${id}`,
})

/** Three sessions, one circuit, changed settings and two custom exercises. */
export async function seedFolder(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const app = openTestServices(dir)
  await app.ok('circuits:save', FIXTURE_CIRCUIT)
  await app.ok('settings:update', { theme: 'light' })
  await app.ok('exercises:save', customExercise('my-move-a'))
  await app.ok('exercises:save', customExercise('my-move-b'))
  await app.store(...SEEDED_SESSIONS)
  app.close()
}

/** The log line of a session, as the history file holds it. */
export const putLine = (session: Session) => `${JSON.stringify({ op: 'put', session })}\n`

/** Every regular file under `dir` (links and folders are not followed), with its bytes. */
export function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      const stat = lstatSync(path)
      if (stat.isDirectory()) walk(path)
      else if (stat.isFile() && stat.mode & 0o400) {
        try {
          files.set(path, readFileSync(path))
        } catch {
          // Unreadable even to root is not a case we build.
        }
      }
    }
  }
  walk(dir)
  return files
}

/** Hands the folder (and everything in it) to the unprivileged user the child runs as. */
export function giveToNobody(dir: string): void {
  const walk = (at: string) => {
    chownSync(at, NOBODY, NOBODY)
    if (lstatSync(at).isDirectory()) for (const name of readdirSync(at)) walk(join(at, name))
  }
  walk(dir)
  chmodSync(dir, 0o755)
}
