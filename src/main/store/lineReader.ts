// Reads a file line by line in fixed-size chunks, so a history of any size (past 2 GiB) is never one Buffer;
// the async form yields between chunks and reports progress, so the window can show it while history loads.
import { closeSync, openSync, readSync } from 'node:fs'
import { open } from 'node:fs/promises'

const NEWLINE = 0x0a
export const DEFAULT_CHUNK_BYTES = 1 << 20
/** Smaller in the background: each chunk's lines are parsed in one turn of the event loop, so this bounds a stall. */
export const BACKGROUND_CHUNK_BYTES = 1 << 17

/** One line: its bytes (newline excluded) and where it starts in the file. */
export type OnLine = (bytes: Buffer, offset: number) => void
/** Bytes read so far, and the file's size when reading began. */
export type OnProgress = (done: number, total: number) => void

export interface LinesRead {
  /** Where the last complete line ends (after its newline): the start of the tail. */
  end: number
  /** Bytes after the last newline: a torn write, junk, or a last line that lacks its newline. */
  tail: Buffer
}

/** Carries a partial line from one chunk to the next. */
class Splitter {
  private carry: Buffer = Buffer.alloc(0)
  private carryStart: number
  constructor(
    start: number,
    private readonly onLine: OnLine
  ) {
    this.carryStart = start
  }
  push(chunk: Buffer) {
    let from = 0
    let newline = chunk.indexOf(NEWLINE)
    if (newline === -1) {
      this.carry = Buffer.concat([this.carry, chunk])
      return
    }
    let offset = this.carryStart
    while (newline !== -1) {
      const piece = chunk.subarray(from, newline)
      const line = this.carry.length > 0 ? Buffer.concat([this.carry, piece]) : piece
      this.carry = Buffer.alloc(0)
      if (line.length > 0) this.onLine(line, offset)
      offset += line.length + 1
      from = newline + 1
      newline = chunk.indexOf(NEWLINE, from)
    }
    // Copied, so a chunk buffer reused by the reader cannot change it.
    this.carry = Buffer.from(chunk.subarray(from))
    this.carryStart = offset
  }
  finish(): LinesRead {
    return { end: this.carryStart, tail: this.carry }
  }
}

/** Reads `path` from byte `start` to its end, calling `onLine` for each complete line. */
export function readLinesSync(
  path: string,
  onLine: OnLine,
  { start = 0, chunkBytes = DEFAULT_CHUNK_BYTES } = {}
): LinesRead {
  const splitter = new Splitter(start, onLine)
  const fd = openSync(path, 'r')
  try {
    const buffer = Buffer.alloc(chunkBytes)
    let position = start
    for (;;) {
      const n = readSync(fd, buffer, 0, chunkBytes, position)
      if (n === 0) break
      splitter.push(buffer.subarray(0, n))
      position += n
    }
  } finally {
    closeSync(fd)
  }
  return splitter.finish()
}

/** The same, without blocking: other work (the window, IPC) runs between chunks. */
export async function readLines(
  path: string,
  onLine: OnLine,
  {
    start = 0,
    chunkBytes = BACKGROUND_CHUNK_BYTES,
    onProgress,
  }: { start?: number; chunkBytes?: number; onProgress?: OnProgress | undefined } = {}
): Promise<LinesRead> {
  const splitter = new Splitter(start, onLine)
  const handle = await open(path, 'r')
  try {
    const total = (await handle.stat()).size
    const buffer = Buffer.alloc(chunkBytes)
    let position = start
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, position)
      if (bytesRead === 0) break
      splitter.push(buffer.subarray(0, bytesRead))
      position += bytesRead
      onProgress?.(position, Math.max(total, position))
    }
  } finally {
    await handle.close()
  }
  return splitter.finish()
}
