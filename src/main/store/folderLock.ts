// One writer per data folder: a lock file inside the folder, so every path to it (a symlink, another letter
// case, a NAS share seen by two machines) meets the same lock. Our own code, not proper-lockfile: that
// library keeps no pid or host, and the user must be told who holds the folder.
import {
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs'
import { hostname as osHostname } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { whyUnwritable } from '../i18n/fsWords'

export const LOCK_FILE = 'cadence.lock'
/** A holder on another machine refreshes its lock's time this often; past STALE_REMOTE_MS it is gone. */
export const HEARTBEAT_MS = 60_000
export const STALE_REMOTE_MS = 10 * 60_000
/** A lock file still empty this long after it was made was left by a crash between create and write. */
const STALE_EMPTY_MS = 30_000

export const LockHolderSchema = z.object({
  pid: z.number().int(),
  hostname: z.string(),
  startedAt: z.string(),
})
export type LockHolder = z.infer<typeof LockHolderSchema>

export type LockResult =
  | { kind: 'held'; path: string; refresh(): void; release(): void }
  /** Another Cadence writes here: open read-only and say who. */
  | { kind: 'busy'; path: string; holder: LockHolder | null }
  /** The folder cannot take a new file (read-only, no permission, disk full): open read-only. */
  | { kind: 'unwritable'; path: string; code: string; reason: string }

export interface LockOptions {
  pid?: number
  hostname?: string
  now?: () => Date
  /** Whether a process runs on this machine; process.kill(pid, 0) by default. */
  isAlive?: (pid: number) => boolean
}

export function acquireFolderLock(dir: string, options: LockOptions = {}): LockResult {
  const path = join(dir, LOCK_FILE)
  const now = options.now ?? (() => new Date())
  const me: LockHolder = {
    pid: options.pid ?? process.pid,
    hostname: options.hostname ?? osHostname(),
    startedAt: now().toISOString(),
  }
  const isAlive = options.isAlive ?? processIsAlive
  // Twice at most: the second try follows the removal of a stale lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    const created = createExclusive(path, me)
    if (created === null) return heldLock(path, me, now)
    if (created !== 'EEXIST')
      return { kind: 'unwritable', path, code: created, reason: whyUnwritable(created) }
    const found = readHolder(path)
    if (found === 'gone') continue
    if (!isStale(found, me, isAlive, now())) return { kind: 'busy', path, holder: found.holder }
    try {
      unlinkSync(path)
    } catch (error) {
      const code = codeOf(error)
      if (code !== 'ENOENT') return { kind: 'unwritable', path, code, reason: whyUnwritable(code) }
    }
  }
  return { kind: 'busy', path, holder: null }
}

/** Null when the lock is ours, else the error code. */
function createExclusive(path: string, me: LockHolder): string | null {
  let fd: number
  try {
    fd = openSync(path, 'wx', 0o644)
  } catch (error) {
    return codeOf(error)
  }
  try {
    writeSync(fd, `${JSON.stringify(me)}\n`)
    fsyncSync(fd)
    return null
  } catch (error) {
    // A full disk can let the create through and refuse the bytes: leave no empty lock behind.
    closeSync(fd)
    fd = -1
    unlinkSync(path)
    return codeOf(error)
  } finally {
    if (fd >= 0) closeSync(fd)
  }
}

type Found = { holder: LockHolder | null; mtimeMs: number } | 'gone'

function readHolder(path: string): Found {
  try {
    const mtimeMs = statSync(path).mtimeMs
    const parsed = LockHolderSchema.safeParse(safeJson(readFileSync(path, 'utf8')))
    return { holder: parsed.success ? parsed.data : null, mtimeMs }
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'gone'
    // Unreadable (say, left by root): someone made it, and we cannot say it is stale.
    return { holder: null, mtimeMs: Date.now() }
  }
}

/**
 * Stale on this machine when its process is dead (or it is our own pid: a previous run with a recycled
 * pid). On another machine we cannot see its processes, so only a lock not refreshed for STALE_REMOTE_MS.
 */
function isStale(
  found: { holder: LockHolder | null; mtimeMs: number },
  me: LockHolder,
  isAlive: (pid: number) => boolean,
  now: Date
): boolean {
  const age = now.getTime() - found.mtimeMs
  const { holder } = found
  if (!holder) return age > STALE_EMPTY_MS
  if (holder.hostname === me.hostname) return holder.pid === me.pid || !isAlive(holder.pid)
  return age > STALE_REMOTE_MS
}

function heldLock(path: string, me: LockHolder, now: () => Date): LockResult {
  const mine = `${JSON.stringify(me)}\n`
  const stillMine = () => {
    try {
      return readFileSync(path, 'utf8') === mine
    } catch {
      return false
    }
  }
  return {
    kind: 'held',
    path,
    refresh() {
      const at = now()
      if (stillMine()) utimesSync(path, at, at)
    },
    release() {
      // Only our own lock: if another machine judged ours stale and took over, theirs stays.
      if (stillMine()) unlinkSync(path)
    },
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return codeOf(error) === 'EPERM'
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO'
const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
