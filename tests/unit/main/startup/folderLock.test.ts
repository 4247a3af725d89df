// The data folder's lock: one writer, who holds it, and when an old lock may be taken over.
import { afterEach, describe, expect, it } from 'vitest'
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  acquireFolderLock,
  LOCK_FILE,
  STALE_REMOTE_MS,
  type LockResult,
} from '../../../../src/main/store/folderLock'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cadence-lock-'))
  dirs.push(dir)
  return dir
}
const held = (result: LockResult) => {
  if (result.kind !== 'held') throw new Error(`expected held, got ${result.kind}`)
  return result
}
const alive = () => true
const dead = () => false

describe('acquireFolderLock', () => {
  it('creates the lock with pid, host and start time, and removes it on release', () => {
    const dir = folder()
    const lock = held(acquireFolderLock(dir, { pid: 10, hostname: 'desk', isAlive: alive }))
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: 10,
      hostname: 'desk',
    })
    lock.release()
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false)
  })

  it('a second instance on the same host finds it busy and learns who holds it', () => {
    const dir = folder()
    held(acquireFolderLock(dir, { pid: 10, hostname: 'desk', isAlive: alive }))
    const second = acquireFolderLock(dir, { pid: 11, hostname: 'desk', isAlive: alive })
    expect(second).toMatchObject({ kind: 'busy', holder: { pid: 10, hostname: 'desk' } })
  })

  it('takes over a lock whose process is dead on this host', () => {
    const dir = folder()
    held(acquireFolderLock(dir, { pid: 10, hostname: 'desk', isAlive: alive }))
    const second = held(acquireFolderLock(dir, { pid: 11, hostname: 'desk', isAlive: dead }))
    expect(JSON.parse(readFileSync(second.path, 'utf8'))).toMatchObject({ pid: 11 })
  })

  it('trusts another host’s lock until it has not been refreshed for the stale time', () => {
    const dir = folder()
    const first = held(acquireFolderLock(dir, { pid: 10, hostname: 'nas-a', isAlive: alive }))
    // Another machine cannot see nas-a's processes: even a "dead" pid there says nothing.
    expect(acquireFolderLock(dir, { pid: 10, hostname: 'nas-b', isAlive: dead }).kind).toBe('busy')
    const old = new Date(Date.now() - STALE_REMOTE_MS - 1000)
    utimesSync(first.path, old, old)
    held(acquireFolderLock(dir, { pid: 12, hostname: 'nas-b', isAlive: dead }))
    // The old holder no longer owns it: its release leaves the new lock in place.
    first.release()
    expect(existsSync(first.path)).toBe(true)
  })

  it('refresh keeps another host’s view of the lock fresh', () => {
    const dir = folder()
    const first = held(acquireFolderLock(dir, { pid: 10, hostname: 'nas-a', isAlive: alive }))
    const old = new Date(Date.now() - STALE_REMOTE_MS - 1000)
    utimesSync(first.path, old, old)
    first.refresh()
    expect(acquireFolderLock(dir, { pid: 12, hostname: 'nas-b', isAlive: dead }).kind).toBe('busy')
  })

  it('an empty lock left by a crash is stale only once it is old', () => {
    const dir = folder()
    const path = join(dir, LOCK_FILE)
    writeFileSync(path, '')
    expect(acquireFolderLock(dir, { isAlive: alive })).toMatchObject({ kind: 'busy', holder: null })
    const old = new Date(Date.now() - 60_000)
    utimesSync(path, old, old)
    expect(acquireFolderLock(dir, { isAlive: alive }).kind).toBe('held')
  })

  it('a folder that cannot take a file is unwritable, with the reason', () => {
    const dir = folder()
    // A data "folder" that is really a file: creating inside it fails, as on a read-only disk.
    const file = join(dir, 'not-a-folder')
    writeFileSync(file, 'x')
    expect(acquireFolderLock(file)).toMatchObject({ kind: 'unwritable', code: 'ENOTDIR' })
  })
})
