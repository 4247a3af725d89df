// Changes to the history: each goes to the log first and is fsynced (the log is the truth), then to the
// in-memory entries and to the index file, a cache that may lag and is checked against the log at start.
import { AppendLog } from './durableFile'
import { formatIndexLine, toIndexOp } from './historyIndex'
import { formatOp, lineHash, type HistoryOp } from './historyLog'
import { openAppendLog, type Opening } from './historyOpen'
import type { Loaded } from './historyRecovery'
import { isPermissionError, readOnlyError, writeError, type WriteWhat } from './storeAccess'

export interface HistoryWriter {
  /** Appends one change; `what` names it in an error ("This session was not saved..."). */
  write(op: HistoryOp, what: WriteWhat): void
  /** Goes up with every change, so derived views can be cached until the next one. */
  revision(): number
  /** Counts a change made without a write (sessions hidden as damaged). */
  changed(): void
  close(): void
}

/** The log, or null when it may not be written (the folder is read-only: that is recorded once). */
function openLog({ path, access, unreadable }: Opening): AppendLog | null {
  if (unreadable || access.readOnly) return null
  try {
    return new AppendLog(path)
  } catch (error) {
    if (!isPermissionError(error)) throw error
    access.markReadOnly(path, error)
    return null
  }
}

export function historyWriter(opening: Opening, loaded: Loaded): HistoryWriter {
  const { path, indexPath, entries, access } = opening
  let size = loaded.size
  let revision = 0
  const log = openLog(opening)
  let index = log && loaded.indexWritable ? openAppendLog(indexPath) : null

  /** A failed index write costs only speed at the next start: the index stops, and is rebuilt from the log. */
  function writeIndexLine(text: string) {
    try {
      index?.appendUnsynced(text)
    } catch {
      try {
        index?.close()
      } catch {
        // Already failing; the next start checks the index against the log.
      }
      index = null
    }
  }

  return {
    write(op, what) {
      if (!log) throw readOnlyError(what, access)
      const line = formatOp(op)
      try {
        log.append(line)
      } catch (error) {
        throw writeError(what, path, error, access)
      }
      const bytes = Buffer.from(line, 'utf8').subarray(0, -1)
      const indexOp = toIndexOp(op)
      entries.apply(indexOp, size, bytes.length)
      writeIndexLine(
        formatIndexLine({ offset: size, length: bytes.length, op: indexOp, hash: lineHash(bytes) })
      )
      size += bytes.length + 1
      revision++
    },
    revision: () => revision,
    changed: () => void revision++,
    close() {
      log?.close()
      index?.close()
    },
  }
}
