// Handlers for facts about the running app: version, data folder, how it was opened, and what was
// recovered or found beside it at start-up (notices, sync tools' conflict copies).
import type { AppInfo, ConflictCopy } from '@shared/ipc/contract'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { RecoveryNotice } from '../store/document'
import type { MergeResult } from '../store/conflictCopies'

export interface DataFolderState {
  /** Why the folder is read-only (now: a refused write can make it so after start), or null. */
  readOnly(): string | null
  /** How far the background read of history has got. */
  history(): { loaded: boolean; done: number; total: number }
  conflicts(): ConflictCopy[]
  merge(file: string): Promise<MergeResult>
}

export function appHandlers(
  info: AppInfo,
  notices: readonly RecoveryNotice[],
  platform: Platform,
  data: DataFolderState
): Pick<
  Handlers,
  'app:info' | 'app:notices' | 'app:openDataFolder' | 'app:dataStatus' | 'app:mergeConflict'
> {
  return {
    'app:info': () => info,
    'app:notices': () => [...notices],
    'app:openDataFolder': async () => {
      await platform.openFolder(info.dataDir)
      return { ok: true }
    },
    'app:dataStatus': () => ({
      readOnly: data.readOnly(),
      history: data.history(),
      conflicts: data.conflicts(),
    }),
    'app:mergeConflict': ({ file }) => data.merge(file),
  }
}
