// File writes that survive a crash: appends are fsynced before they are acknowledged, rewrites are atomic.
import {
  closeSync,
  existsSync,
  fsyncSync,
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
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  const fd = openSync(tmp, 'w', 0o600)
  try {
    writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    renameSync(tmp, path)
  } catch (error) {
    if (existsSync(tmp)) unlinkSync(tmp)
    throw error
  }
  fsyncDir(dirname(path))
}

/** An append-only file kept open; `append` returns only once the bytes are on disk. */
export class AppendLog {
  private fd: number | null
  constructor(readonly path: string) {
    const isNew = !existsSync(path)
    this.fd = openSync(path, 'a', 0o600)
    if (isNew) fsyncDir(dirname(path))
  }

  append(text: string): void {
    if (this.fd === null) throw new Error(`${this.path} is closed`)
    writeAll(this.fd, Buffer.from(text, 'utf8'))
    fsyncSync(this.fd)
  }

  /** For caches that can be rebuilt from a durable file: written, not waited for. */
  appendUnsynced(text: string): void {
    if (this.fd === null) throw new Error(`${this.path} is closed`)
    writeAll(this.fd, Buffer.from(text, 'utf8'))
  }

  /** Flushes what appendUnsynced wrote, then closes. Safe to call more than once. */
  close(): void {
    if (this.fd === null) return
    fsyncSync(this.fd)
    closeSync(this.fd)
    this.fd = null
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

/** The name a damaged file is moved to: kept beside the original, stamped with when it was found. */
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

export function asideName(path: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-')
  const dot = path.lastIndexOf('.')
  return dot > path.lastIndexOf('/')
    ? `${path.slice(0, dot)}.corrupt-${stamp}${path.slice(dot)}`
    : `${path}.corrupt-${stamp}`
}
