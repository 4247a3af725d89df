// Opening the history's files: what stands at the log's path, reading it (all at once or in the background),
// and a log Cadence may not read, which is shown as empty and left untouched rather than failing the start.
import { existsSync, unlinkSync } from 'node:fs'
import { join } from 'node:path'
import { AppendLog } from './durableFile'
import { claimFileSlot } from './fileSlot'
import { createHistoryEntries, type HistoryEntries } from './historyEntries'
import type { loadHistory } from './historyRecovery'
import { loadHistoryAsync, type Loaded, type RecoveryOptions } from './historyRecovery'
import type { HistoryOptions } from './historyStore'
import { createStoreAccess, isPermissionError, type StoreAccess } from './storeAccess'

export interface Opening {
  path: string
  indexPath: string
  exists: boolean
  entries: HistoryEntries
  access: StoreAccess
  recovery: RecoveryOptions
  /** Set when the log could not be read: the store shows nothing and writes nothing. */
  unreadable: boolean
}

export function prepare(dir: string, options: HistoryOptions): Opening {
  const now = options.now ?? (() => new Date())
  const access = options.access ?? createStoreAccess(options.onRecovered)
  const recovery = { ...options, now, readOnly: () => access.readOnly !== null }
  // A link is followed to its file (often a synced one), so rewrites and appends reach it.
  const slot = claimFileSlot(join(dir, 'history.jsonl'), 'history', now(), options.onRecovered)
  return {
    path: slot.path,
    indexPath: join(dir, 'history.index.jsonl'),
    exists: slot.exists,
    entries: createHistoryEntries(),
    access,
    recovery,
    unreadable: false,
  }
}

export const fresh = (opening: Opening): Loaded => {
  if (!opening.access.readOnly && existsSync(opening.indexPath)) {
    try {
      unlinkSync(opening.indexPath)
    } catch {
      // A cache; the next load proves it wrong anyway.
    }
  }
  return { size: 0, indexWritable: true }
}

type Loader = (...args: Parameters<typeof loadHistory>) => Loaded

export function load(opening: Opening, loader: Loader): Loaded {
  try {
    return loader(opening, opening.entries, opening.recovery)
  } catch (error) {
    return unreadable(opening, error)
  }
}

export async function loadAsync(opening: Opening): Promise<Loaded> {
  try {
    return await loadHistoryAsync(opening, opening.entries, opening.recovery)
  } catch (error) {
    return unreadable(opening, error)
  }
}

/** A history Cadence may not read (owned by another user): left untouched, and said so, never fatal. */
function unreadable(opening: Opening, error: unknown): Loaded {
  if (!isPermissionError(error)) throw error
  opening.entries.clear()
  opening.unreadable = true
  opening.access.markReadOnly(opening.path, error)
  return { size: 0, indexWritable: false }
}

export function openAppendLog(path: string): AppendLog | null {
  try {
    return new AppendLog(path)
  } catch {
    return null
  }
}
