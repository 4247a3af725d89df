// Opens every store in the data folder and builds the IPC handlers over them; Electron-free, so tests use it whole.
import { mkdirSync } from 'node:fs'
import type { BackendFactory, RecoveryNotice } from './store/document'
import { createSettingsStore } from './store/settingsStore'
import { createCircuitsStore } from './store/circuitsStore'
import { openHistoryStore } from './store/historyStore'
import { openJournalStore } from './store/journalStore'
import { appHandlers } from './handlers/appHandlers'
import { settingsHandlers } from './handlers/settingsHandlers'
import { circuitsHandlers } from './handlers/circuitsHandlers'
import { historyHandlers } from './handlers/historyHandlers'
import { journalHandlers } from './handlers/journalHandlers'
import { deviceHandlers } from './handlers/deviceHandlers'
import { displayHandlers } from './handlers/displayHandlers'
import { exercisesHandlers } from './handlers/exercisesHandlers'
import { remoteHandlers } from './handlers/remoteHandlers'
import { createRemoteService, type RemoteServiceOptions } from './remote/remoteService'
import { createExercisesStore } from './store/exercisesStore'
import { openWindowState } from './store/windowStateStore'
import type { Document } from './store/document'
import type { WindowState } from './windowState'
import type { Handlers } from './ipc/dispatch'
import type { Platform } from './platformPort'
import type { Progress } from './history/transfer'
import { findConflictCopies, mergeHistoryCopy } from './store/conflictCopies'
import { readOnlyHandlers } from './startup/readOnlyHandlers'

export interface ServicesOptions {
  dataDir: string
  backend: BackendFactory
  platform: Platform
  app: { name: string; version: string; platform: string }
  now?: () => Date
  onExportProgress?: Progress
  /** The phone remote's ports; without them it stays off and says why. */
  remote?: RemoteServiceOptions
  /** Why this run may not write the data folder (see startup/openDataFolder), or null/absent. */
  readOnly?: string | null
}

export interface Services {
  handlers: Handlers
  notices: RecoveryNotice[]
  /** Where the window was; in read-only mode its writes are dropped. */
  windowState: Pick<Document<WindowState>, 'read' | 'write'>
  /** Reads the whole history in the background; resolves to how many damaged sessions it found (and reported). */
  verifyHistory(): Promise<number>
  /** Closes open files (the history log, the journal) and the phone remote. */
  close(): void
  /** Resolves once the phone remote's server has closed. */
  closeRemote(): Promise<void>
}

const NO_REMOTE: RemoteServiceOptions = {
  lanAddress: () => null,
  rendererDir: '',
  sendEvent: () => undefined,
}

export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true })
  const notices: RecoveryNotice[] = []
  const record = (notice: RecoveryNotice) => notices.push(notice)
  const now = options.now ?? (() => new Date())
  const { dataDir, backend, platform } = options

  const settings = createSettingsStore(dataDir, backend, record)
  const circuits = createCircuitsStore(dataDir, backend, record)
  const exercises = createExercisesStore(dataDir, backend, record)
  const history = openHistoryStore(dataDir, { onRecovered: record, now })
  const journal = openJournalStore(dataDir, history, { onRecovered: record, now })
  const windowState = openWindowState(dataDir, backend, record)
  const remote = createRemoteService(options.remote ?? NO_REMOTE)

  const readOnly = options.readOnly ?? null
  const handlers: Handlers = {
    ...appHandlers({ ...options.app, dataDir }, notices, platform, {
      readOnly,
      conflicts: () => findConflictCopies(dataDir),
      merge: (file) => mergeHistoryCopy(dataDir, file, history),
    }),
    ...settingsHandlers(settings),
    ...circuitsHandlers(circuits, platform, now),
    ...historyHandlers(history, platform, {
      now,
      ...(options.onExportProgress ? { onExportProgress: options.onExportProgress } : {}),
    }),
    ...journalHandlers(journal, circuits),
    ...exercisesHandlers(exercises),
    ...deviceHandlers(platform, settings),
    ...displayHandlers(platform),
    ...remoteHandlers(remote),
  }
  return {
    handlers: readOnly === null ? handlers : readOnlyHandlers(handlers, readOnly),
    notices,
    windowState: {
      read: () => windowState.read(),
      write: (state) => {
        if (readOnly === null) windowState.write(state)
      },
    },
    verifyHistory: () => history.verify(),
    close() {
      void remote.close()
      journal.close()
      history.close()
    },
    closeRemote: () => remote.close(),
  }
}
