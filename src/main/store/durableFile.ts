// File writes that survive a crash: appends are fsynced before they are acknowledged, rewrites are atomic.
import {
  closeSync,
  fsync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** Flushes a directory entry (a rename or a new file) to disk; some platforms cannot, which is fine. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = openSync(dir, 'r')
    fsyncSync(fd)
  } catch {
    // Windows cannot open directories; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Writes to a temp file, fsyncs it, renames it over the target and fsyncs the folder. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  rewriteAtomic(path, (write) => write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data))
}

/**
 * The same, for content produced piece by piece (a history rewritten line by line, never one Buffer).
 * Our own rather than write-file-atomic's: that takes the whole content at once (or a stream, async only).
 */
export function rewriteAtomic(
  path: string,
  fill: (write: (bytes: Uint8Array) => void) => void,
  rename: RenameOptions = {}
): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const fd = openSync(tmp, 'wx', 0o600)
  try {
    try {
      fill((bytes) => writeAll(fd, bytes))
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameDurable(tmp, path, rename)
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp)
    throw error
  }
}

export interface RenameOptions {
  platform?: NodeJS.Platform
  rename?: (from: string, to: string) => void
  /** Blocks for `ms`; tests pass a no-op so nothing sleeps. */
  wait?: (ms: number) => void
}

/** Antivirus and indexers hold files open on Windows for a moment; a rename then fails and works a bit later. */
const WINDOWS_BUSY = new Set(['EPERM', 'EBUSY', 'EACCES'])
const RENAME_DELAYS_MS = [10, 30, 60, 120, 250, 500]

const blockFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

/** Renames, retrying on Windows while the file is busy, then fsyncs the folder so the rename survives a crash. */
export function renameDurable(from: string, to: string, options: RenameOptions = {}): void {
  const { platform = process.platform, rename = renameSync, wait = blockFor } = options
  for (let attempt = 0; ; attempt++) {
    try {
      rename(from, to)
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      const delay = RENAME_DELAYS_MS[attempt]
      if (platform !== 'win32' || !WINDOWS_BUSY.has(code) || delay === undefined) throw error
      wait(delay)
    }
  }
  fsyncDir(dirname(to))
}

/** A failed append, after the file was cut back to where it was (or not: then `rolledBack` is false). */
export class AppendFailed extends Error {
  override name = 'AppendFailed'
  constructor(
    readonly failure: NodeJS.ErrnoException,
    readonly rolledBack: boolean
  ) {
    super(failure.message, { cause: failure })
  }
  get code(): string | undefined {
    return this.failure.code
  }
}

/**
 * An append-only file kept open; `append` returns only once the bytes are on disk. A write that fails part way
 * (a full disk) is cut back to the last good size and fsynced before the error returns, so a retry starts clean.
 */
export class AppendLog {
  private fd: number | null
  private size: number
  constructor(readonly path: string) {
    const isNew = !existsSync(path)
    this.fd = openSync(path, 'a', 0o600)
    this.size = fstatSync(this.fd).size
    if (isNew) fsyncDir(dirname(path))
  }

  append(text: string): void {
    this.write(text)
    fsyncSync(this.openFd())
  }

  /** For caches that can be rebuilt from a durable file: written, not waited for. */
  appendUnsynced(text: string): void {
    this.write(text)
  }

  /**
   * Written now, so a crash or kill of the app keeps it (the system has the bytes); flushed to the disk a
   * moment later on libuv's thread pool, so the caller (a running session, a phone's press) never waits
   * for the disk. Only a power cut in that moment can lose it. Flushes are coalesced: one at a time.
   */
  appendSoon(text: string): void {
    this.write(text)
    this.flushSoon()
  }

  private flushing = false
  private flushAgain = false

  private flushSoon(): void {
    if (this.fd === null) return
    if (this.flushing) {
      this.flushAgain = true
      return
    }
    this.flushing = true
    fsync(this.fd, (error) => {
      this.flushing = false
      // A closed log was flushed by close(); anything else is worth a line in the log, not a failed step.
      if (error && error.code !== 'EBADF')
        console.error(`[journal] could not flush ${this.path}:`, error)
      if (this.flushAgain) {
        this.flushAgain = false
        this.flushSoon()
      }
    })
  }

  private openFd(): number {
    if (this.fd === null) throw new Error(`${this.path} is closed`)
    return this.fd
  }

  private write(text: string) {
    const fd = this.openFd()
    const bytes = Buffer.from(text, 'utf8')
    try {
      writeAll(fd, bytes)
    } catch (error) {
      throw new AppendFailed(error as NodeJS.ErrnoException, this.rollBack(fd))
    }
    this.size += bytes.length
  }

  private rollBack(fd: number): boolean {
    try {
      ftruncateSync(fd, this.size)
      fsyncSync(fd)
      return true
    } catch {
      return false
    }
  }

  /** Flushes what appendUnsynced wrote, then closes. Safe to call more than once. */
  close(): void {
    if (this.fd === null) return
    const fd = this.fd
    this.fd = null
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let written = 0
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
}

export function readIfExists(path: string): Buffer | null {
  try {
    return readFileSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** `length` bytes of a file from `offset` (fewer if the file ends first). */
export function readRange(path: string, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length)
  const fd = openSync(path, 'r')
  try {
    let read = 0
    while (read < length) {
      const n = readSync(fd, buffer, read, length - read, offset + read)
      if (n === 0) break
      read += n
    }
  } finally {
    closeSync(fd)
  }
  return buffer
}
