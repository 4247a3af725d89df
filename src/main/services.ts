// Opens every store in the data folder and builds the IPC handlers over them; Electron-free, so tests use it whole.
import { mkdirSync } from 'node:fs'
import type { BackendFactory, RecoveryNotice } from './store/document'
import { createSettingsStore } from './store/settingsStore'
import { createCircuitsStore } from './store/circuitsStore'
import { appHandlers } from './handlers/appHandlers'
import { settingsHandlers } from './handlers/settingsHandlers'
import { circuitsHandlers } from './handlers/circuitsHandlers'
import { deviceHandlers } from './handlers/deviceHandlers'
import { displayHandlers } from './handlers/displayHandlers'
import { exercisesHandlers } from './handlers/exercisesHandlers'
import { mediaHandlers } from './handlers/mediaHandlers'
import { createMediaStore, mediaFolder } from './media/mediaStore'
import { musicHandlers } from './handlers/musicHandlers'
import { createPlaylistStore } from './music/playlistStore'
import type { MusicLookup } from './music/serveMusic'
import { phoneTrack } from './music/phoneTrack'
import { cueSoundHandlers } from './handlers/cueSoundHandlers'
import { noMusic, windowClosed } from './remote/phoneRefusals'
import { remoteHandlers } from './handlers/remoteHandlers'
import type { RemoteServiceOptions } from './remote/remoteService'
import { deferredRemote } from './startup/deferredRemote'
import { createExercisesStore } from './store/exercisesStore'
import { openWindowState } from './store/windowStateStore'
import type { Document } from './store/document'
import type { WindowState } from './windowState'
import type { Handlers } from './ipc/dispatch'
import type { Platform } from './platformPort'
import type { Progress } from './history/historyExport'
import { findConflictCopies } from './store/conflictCopies'
import { mergeConflictCopy } from './store/conflictMerge'
import { readOnlyHandlers } from './startup/readOnlyHandlers'
import { removeStaleTemps } from './store/staleTemps'
import { openHistoryPart, type HistoryPartOptions } from './startup/historyPart'
import type { HistoryStore } from './store/historyStore'
import { createStoreAccess, type StoreAccess } from './store/storeAccess'
import { join } from 'node:path'
import {
  createSessionService,
  type SessionService,
  type SessionServiceOptions,
} from './session/sessionService'
import { publishSession, withCurrentFrame } from './session/publishSession'
import type { SessionFrame } from '@shared/session/sessionCommands'
import type { RemoteAction } from '@shared/remote/protocol'
import type { SystemEvent } from '@shared/ipc/contract'
import { t } from './i18n/mainLanguage'

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
  /** Read history after returning (the window comes first), reporting bytes read of the log's size. */
  historyInBackground?: { onProgress: (done: number, total: number) => void; onLoaded: () => void }
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
  /** Where the window was; in read-only mode its writes are dropped. */
  windowState: Pick<Document<WindowState>, 'read' | 'write'>
  /** Resolves once history is open (at once unless it loads in the background). */
  historyLoaded: Promise<void>
  /** The history store, once open: what main's own modules (and the tests' seeding) read and write. */
  history(): Promise<HistoryStore>
  /** Reads the whole history in the background; resolves to how many damaged sessions it found (and reported). */
  verifyHistory(): Promise<number>
  /** Closes open files (the history log, the journal) and the phone remote. */
  close(): void
  /** The file behind a playlist's track id, for app://cadence/music/ (the allow-list). */
  musicTrack: MusicLookup
  /** Resolves once the phone remote's server has closed. */
  closeRemote(): Promise<void>
}

const NO_REMOTE: RemoteServiceOptions = {
  lanAddresses: () => [],
  rendererDir: '',
  sendEvent: () => undefined,
}

export function createServices(options: ServicesOptions): Services {
  mkdirSync(options.dataDir, { recursive: true })
  const notices: RecoveryNotice[] = []
  const record = (notice: RecoveryNotice) => notices.push(notice)
  const now = options.now ?? (() => new Date())
  const { dataDir, backend, platform } = options

  const { access, readOnly } = folderAccess(dataDir, options.readOnly ?? null, record)
  // Only the lock's holder may clear them: another Cadence on this folder may be writing one right now.
  if (options.readOnly == null) removeStaleTemps(dataDir)
  const shared = { access }
  const settings = createSettingsStore(dataDir, backend, record, shared)
  const circuits = createCircuitsStore(dataDir, backend, record, shared)
  const exercises = createExercisesStore(dataDir, backend, record, shared)
  const windowState = openWindowState(dataDir, backend, record, shared)
  const media = createMediaStore(dataDir, now)
  const playlists = createPlaylistStore(dataDir, now)
  const { part, load } = openHistoryInPart(options, { circuits, access, now, record })
  const session = createSessionService({
    journal: part.journal(),
    circuits,
    settings,
    platform,
    ...options.session,
  })
  const { remote, track } = openPhoneRemote(options, settings, session)
  const stopPublishing = publishSession(session, {
    display: platform.display,
    remote: track,
    ...(options.session?.onFrame ? { window: options.session.onFrame } : {}),
  })

  const handlers: Handlers = {
    ...appHandlers({ ...options.app, dataDir }, notices, platform, {
      readOnly,
      history: () => ({ ...load }),
      conflicts: () => findConflictCopies(dataDir),
      merge: (file) =>
        mergeConflictCopy(dataDir, file, { history: () => part.history(), circuits, exercises }),
    }),
    ...settingsHandlers(settings),
    ...circuitsHandlers(circuits, platform, now, () => media.list()),
    ...part.handlers,
    ...session.handlers,
    ...exercisesHandlers(exercises),
    ...mediaHandlers(media, platform),
    ...musicHandlers(playlists, platform),
    ...cueSoundHandlers(settings, platform, mediaFolder(dataDir)),
    ...track.handlers,
    ...deviceHandlers(platform, settings),
    ...displayHandlers({ ...platform, display: withCurrentFrame(platform.display, session) }),
    ...remoteHandlers(remote),
  }
  return {
    handlers: readOnlyHandlers(handlers, readOnly),
    notices,
    session,
    windowState: {
      read: () => windowState.read(),
      write: (state) => {
        if (readOnly() === null) windowState.write(state)
      },
    },
    historyLoaded: part.loaded,
    history: () => part.history(),
    verifyHistory: async () => (await part.history()).verify(),
    close() {
      stopPublishing()
      session.close()
      void remote.close()
      part.close()
    },
    closeRemote: () => remote.close(),
    musicTrack: (id) => playlists.track(id),
  }
}

/** The phone remote, started on first use; phones talk to the session directly (phone -> main -> phone,
 * whatever the windows are doing), and Skip track goes to the page that plays the music. */
function openPhoneRemote(
  options: ServicesOptions,
  settings: ReturnType<typeof createSettingsStore>,
  session: SessionService
) {
  const remoteOptions = options.remote ?? NO_REMOTE
  const remote = deferredRemote({
    ...remoteOptions,
    chosenAddress: {
      get: () => settings.get().remoteAddress,
      set: (address) => void settings.update({ remoteAddress: address }),
    },
    onAction: (action) =>
      phoneAction(session, action, {
        playing: () => track.playing(),
        toWindow: (event) => remoteOptions.sendEvent(event),
      }),
  })
  const track = phoneTrack(remote)
  return { remote, track }
}

/** History and the journal, now or in the background, with how far the background load has got. */
function openHistoryInPart(
  options: ServicesOptions,
  opened: Pick<HistoryPartOptions, 'circuits' | 'access' | 'now' | 'record'>
) {
  const { dataDir, platform } = options
  const load = { done: 0, total: 0, loaded: !options.historyInBackground }
  const part = openHistoryPart({
    dataDir,
    ...opened,
    platform,
    ...(options.onExportProgress ? { onExportProgress: options.onExportProgress } : {}),
    ...(options.historyInBackground
      ? {
          background: {
            onProgress: (done: number, total: number) => {
              Object.assign(load, { done, total })
              options.historyInBackground?.onProgress(done, total)
            },
          },
        }
      : {}),
  })
  void part.loaded.then(() => {
    load.loaded = true
    options.historyInBackground?.onLoaded()
  })
  return { part, load }
}

/** Said in the app's language: the phone follows it. */
export const noSession = () => t('main:phone.noSession')

/** Where a phone's Skip track goes: the page that plays the music. */
interface PhoneMusic {
  playing(): boolean
  toWindow(event: SystemEvent): boolean | void
}

/**
 * A phone's press goes to the session, Skip track to the page playing the music; with no session (or no
 * music) the phone is told so.
 */
function phoneAction(
  session: SessionService,
  action: RemoteAction,
  music: PhoneMusic
): string | null {
  if (action === 'music.skip') {
    if (!music.playing()) return noMusic()
    return music.toWindow({ type: 'remoteAction', action }) === false ? windowClosed() : null
  }
  if (session.frame().view === null) return noSession()
  session.send({ type: action })
  return null
}

/**
 * One access state for every store: a refused write anywhere makes the whole folder read-only, once. When
 * another Cadence holds the folder (lockedOut), every store starts read-only and no write is even tried.
 */
function folderAccess(
  dataDir: string,
  lockedOut: string | null,
  record: (n: RecoveryNotice) => void
) {
  const refusal = { file: join(dataDir, 'cadence.lock'), reason: lockedOut ?? '' }
  const access: StoreAccess =
    lockedOut === null
      ? createStoreAccess(record)
      : { readOnly: refusal, markReadOnly: () => refusal }
  const readOnly = () =>
    lockedOut ??
    (access.readOnly
      ? `Cadence may not write ${access.readOnly.file} (${access.readOnly.reason})`
      : null)
  return { access, readOnly }
}
