// Opening the data folder never throws: it opens writable, read-only (and says why), or names what failed.
import { describe, expect, it } from 'vitest'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { openDataFolder } from '@main/startup/openDataFolder'
import { acquireFolderLock, LOCK_FILE } from '@main/store/folderLock'
import { useTempDir } from '../../helpers/tempDir'

const tempDir = useTempDir('cadence-open-')
const errno = (code: string, path: string) =>
  Object.assign(new Error(`${code}: ${path}`), { code, path })

describe('openDataFolder', () => {
  it('opens writable and holds the lock when the folder is free', () => {
    const dir = tempDir()
    const opened = openDataFolder(dir, (readOnly) => ({ readOnly }))
    expect(opened).toMatchObject({ ok: true, value: { readOnly: null }, lock: { kind: 'held' } })
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true)
  })

  it('opens read-only and names the holder when another Cadence holds the lock', () => {
    const dir = tempDir()
    acquireFolderLock(dir, { pid: process.pid + 1, hostname: 'desk', isAlive: () => true })
    const opened = openDataFolder(dir, (readOnly) => readOnly, {
      hostname: 'desk',
      isAlive: () => true,
    })
    expect(opened.ok && opened.value).toMatch(
      new RegExp(`another Cadence is using this folder \\(process ${process.pid + 1} on desk`)
    )
  })

  it('retries read-only when a write is refused, and lets the lock go', () => {
    const dir = tempDir()
    const seen: Array<string | null> = []
    const opened = openDataFolder(dir, (readOnly) => {
      seen.push(readOnly)
      if (readOnly === null) throw errno('EACCES', join(dir, 'circuits.json'))
      return 'read-only'
    })
    expect(seen).toEqual([null, `Cadence may not write ${join(dir, 'circuits.json')}`])
    expect(opened.ok).toBe(true)
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
  })

  it('names the file, its folder and why when the stores cannot open at all', () => {
    const dir = tempDir()
    const opened = openDataFolder(dir, () => {
      throw errno('EISDIR', join(dir, 'journal.jsonl'))
    })
    expect(opened).toEqual({
      ok: false,
      failure: {
        file: join(dir, 'journal.jsonl'),
        folder: dir,
        reason: 'it is a folder where Cadence expects a file',
      },
    })
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
  })

  it('fails with the folder named when the folder cannot be made', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'file'), '')
    const opened = openDataFolder(join(dir, 'file', 'Cadence'), () => 'never')
    expect(opened).toMatchObject({
      ok: false,
      failure: { reason: expect.stringMatching(/file/) as string },
    })
  })
})
