// Finds the conflict copies sync tools leave beside Cadence's files, and merges a history copy's sessions
// into history by id when the user asks. The copy itself is never changed or removed.
import { createReadStream, lstatSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { conflictNameOf } from '@shared/startup/conflictNames'
import type { ConflictCopy } from '@shared/ipc/contract'
import { AppError } from '@shared/ipc/result'
import { parseLine } from './historyLog'
import type { HistoryStore } from './historyStore'
import { t } from '../i18n/mainLanguage'

/** Settings are not merged: two sets of preferences have no right answer to combine (the notice says so). */
const MERGEABLE = new Set(['history.jsonl', 'circuits.json', 'exercises.json'])

export function findConflictCopies(dir: string): ConflictCopy[] {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return []
  }
  const copies: ConflictCopy[] = []
  for (const name of names.sort()) {
    const match = conflictNameOf(name)
    if (!match) continue
    const file = join(dir, name)
    try {
      // lstat: a link or a folder with a copy's name is not a copy we can read safely.
      const stat = lstatSync(file)
      if (!stat.isFile()) continue
      copies.push({
        file,
        ...match,
        bytes: stat.size,
        mergeable: MERGEABLE.has(match.original),
      })
    } catch {
      // Gone between the listing and the lstat: nothing to offer.
    }
  }
  return copies
}

export interface MergeResult {
  added: number
  duplicates: number
  /** Lines that are not a saved session (annotations, deletions, damage): left in the copy. */
  skipped: number
  /** Circuits or exercises that differ from ours under the same id: both kept, the copy's renamed. */
  keptBoth: number
}

/** Adds each session of a history copy whose id is not in history yet. Only a file found by the scan. */
export async function mergeHistoryCopy(
  dir: string,
  file: string,
  history: Pick<HistoryStore, 'status' | 'append'>
): Promise<MergeResult> {
  const found = findConflictCopies(dir).find((c) => c.file === file)
  if (!found?.mergeable) {
    throw new AppError('not-found', t('main:store.notConflictCopy'))
  }
  const result: MergeResult = { added: 0, duplicates: 0, skipped: 0, keptBoth: 0 }
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity })
  for await (const line of lines) {
    if (line.trim() === '') continue
    const op = parseLine(line)
    if (op?.op !== 'put') {
      result.skipped++
      continue
    }
    if (history.status(op.session.id) === 'absent') {
      history.append(op.session)
      result.added++
    } else result.duplicates++
  }
  return result
}
