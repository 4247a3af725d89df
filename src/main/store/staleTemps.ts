// A kill mid-write leaves a temp file beside the file it was to replace (the file itself is whole: the rename
// never happened). At start, while Cadence holds the folder's lock, those of its own writers are removed:
// only names they produce, for Cadence's own files, and only regular files. A user's file is never touched.
import { lstatSync, readdirSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'

/** The files Cadence writes by replacing them; their temp files are the only ones removed. */
export const REPLACED_FILES: readonly string[] = [
  'settings.json',
  'circuits.json',
  'exercises.json',
  'window-state.json',
  'history.jsonl',
  'history.index.jsonl',
  'journal.jsonl',
]

/** atomically (electron-store's writer): `NAME.tmp-` + 10 digits of the clock + 6 hex digits. */
const ATOMICALLY = /^(.+)\.tmp-\d{10}[0-9a-f]{6}$/
/** durableFile's rewriteAtomic: `.NAME.PID.MILLISECONDS.tmp`. */
const REWRITE = /^\.(.+)\.\d+\.\d+\.tmp$/

/** Which of Cadence's files `name` is a temp file of, or null when it is not one of its writers' temp files. */
export function tempFileOf(name: string): string | null {
  const target = ATOMICALLY.exec(name)?.[1] ?? REWRITE.exec(name)?.[1] ?? null
  return target !== null && REPLACED_FILES.includes(target) ? target : null
}

/** Removes the stale temp files in `dir`; returns the names removed. Call only while holding the folder lock. */
export function removeStaleTemps(dir: string): string[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (tempFileOf(name) === null) continue
    const path = join(dir, name)
    try {
      // lstat: a folder or a link with such a name was not made by our writers.
      if (!lstatSync(path).isFile()) continue
      unlinkSync(path)
      removed.push(name)
    } catch {
      // Gone already, or not ours to remove (a read-only folder): it harms nothing where it is.
    }
  }
  return removed
}
