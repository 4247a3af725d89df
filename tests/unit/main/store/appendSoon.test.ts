// The journal's appends: on the system at once (a killed app keeps them), flushed to disk off the event loop,
// one flush at a time however many steps arrive, so a session's frames never wait for the disk.
import type * as Fs from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { join } from 'node:path'

/** Flushes asked for and not yet finished: the test finishes them, as a slow disk would. */
const pending: Array<(error: NodeJS.ErrnoException | null) => void> = []
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof Fs>()
  return {
    ...fs,
    fsyncSync: vi.fn(fs.fsyncSync),
    fsync: vi.fn((_fd: number, done: (e: NodeJS.ErrnoException | null) => void) => {
      pending.push(done)
    }),
  }
})

const fs = await import('node:fs')
const { AppendLog } = await import('@main/store/durableFile')
const { useTempDir } = await import('@tests/unit/helpers/tempDir')

describe('AppendLog.appendSoon', () => {
  const tempDir = useTempDir()

  it('writes at once and asks for a flush, without fsyncing on the caller', () => {
    const path = join(tempDir(), 'journal.jsonl')
    const log = new AppendLog(path)
    vi.mocked(fs.fsyncSync).mockClear()
    vi.mocked(fs.fsync).mockClear()
    log.appendSoon('one\n')
    expect(fs.readFileSync(path, 'utf8')).toBe('one\n')
    expect(fs.fsyncSync).not.toHaveBeenCalled()
    expect(fs.fsync).toHaveBeenCalledTimes(1)
    log.close()
  })

  it('coalesces flushes: one in flight, then one more for whatever came meanwhile', () => {
    const path = join(tempDir(), 'journal.jsonl')
    const log = new AppendLog(path)
    vi.mocked(fs.fsync).mockClear()
    pending.length = 0
    log.appendSoon('a\n')
    log.appendSoon('b\n')
    log.appendSoon('c\n')
    expect(fs.fsync).toHaveBeenCalledTimes(1)
    pending.shift()!(null)
    expect(fs.fsync).toHaveBeenCalledTimes(2)
    pending.shift()!(null)
    expect(fs.fsync).toHaveBeenCalledTimes(2)
    expect(fs.readFileSync(path, 'utf8')).toBe('a\nb\nc\n')
    log.close()
  })
})
