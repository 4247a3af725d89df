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
import {
  createSessionService,
  type SessionService,
  type SessionServiceOptions,
} from './session/sessionService'
import { publishSession, withCurrentFrame } from './session/publishSession'
import type { Handlers } from './ipc/dispatch'
import type { Platform } from './platformPort'
import type { Progress } from './history/historyExport'
import type { SessionFrame } from '@shared/session/sessionCommands'

export interface ServicesOptions {
  dataDir: string
  backend: BackendFactory
  platform: Platform
  app: { name: string; version: string; platform: string }
  now?: () => Date
  onExportProgress?: Progress
  /** The phone remote's ports; without them it stays off and says why. */
  remote?: RemoteServiceOptions
  /** The session's clock (tests pass a simulated one) and where its frames go beside the phones and TV. */
  session?: Pick<SessionServiceOptions, 'clock' | 'longPauseMs'> & {
    onFrame?: (frame: SessionFrame) => void
  }
}

export interface Services {
  handlers: Handlers
  notices: RecoveryNotice[]
  /** The session in progress, which every screen follows. */
  session: SessionService
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
  const session = createSessionService({
    journal,
    circuits,
    settings,
    platform,
    ...options.session,
  })
  // Phones talk to the session directly: phone -> main -> phone, whatever the windows are doing.
  const remote = createRemoteService({
    ...(options.remote ?? NO_REMOTE),
    onAction: (action) => session.send({ type: action }),
  })
  const stopPublishing = publishSession(session, {
    display: platform.display,
    remote,
    ...(options.session?.onFrame ? { window: options.session.onFrame } : {}),
  })

  const handlers: Handlers = {
    ...appHandlers({ ...options.app, dataDir }, notices, platform),
    ...settingsHandlers(settings),
    ...circuitsHandlers(circuits, platform, now),
    ...historyHandlers(history, platform, {
      now,
      ...(options.onExportProgress ? { onExportProgress: options.onExportProgress } : {}),
    }),
    ...session.handlers,
    ...journalHandlers(journal, circuits),
    ...exercisesHandlers(exercises),
    ...deviceHandlers(platform, settings),
    ...displayHandlers({ ...platform, display: withCurrentFrame(platform.display, session) }),
    ...remoteHandlers(remote),
  }
  return {
    handlers,
    notices,
    session,
    verifyHistory: () => history.verify(),
    close() {
      stopPublishing()
      session.close()
      void remote.close()
      journal.close()
      history.close()
    },
    closeRemote: () => remote.close(),
  }
}
