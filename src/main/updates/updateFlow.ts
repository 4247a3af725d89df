// When Cadence checks for, downloads and offers an update, with every outside effect behind a port, so the
// rules (never during a session, quiet when offline, no download where the build cannot update itself) are
// tested without Electron. electron-updater does the fetching and checksums (see electronUpdaterPort.ts).
import { t } from '../i18n/mainLanguage'

/** What electron-updater does for Cadence. */
export interface UpdaterPort {
  /** Resolves to the newer version on offer, or null when this one is the newest. */
  check(): Promise<string | null>
  /** Downloads the update and verifies its checksum; rejects when either fails. */
  download(): Promise<void>
  /** Quits Cadence, installs the downloaded update and starts it again. */
  install(): void
}

/** What the user sees: native dialogs in the app, recordings in tests. */
export interface UpdateUi {
  /** "Cadence X is ready": resolves true when the user chooses "Restart to update". */
  offerRestart(version: string): Promise<boolean>
  /** For builds that cannot update themselves (the deb): says where to get the new version. */
  offerDownloadPage(version: string): Promise<void>
  /** A result the user asked for, or a failure they must know about. */
  tell(message: string, detail?: string): Promise<void>
}

export interface UpdateFlowOptions {
  updater: UpdaterPort
  ui: UpdateUi
  /** The user's setting: automatic checks on or off. */
  enabled: () => boolean | Promise<boolean>
  /** True while a workout is running: nothing may restart the app then. */
  isSessionActive: () => boolean | Promise<boolean>
  /** False where electron-updater cannot install (the deb, an unpacked folder). */
  canInstall: boolean
  log: (message: string) => void
}

export type UpdateState =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'upToDate' }
  | { kind: 'downloading'; version: string }
  | { kind: 'ready'; version: string }
  | { kind: 'elsewhere'; version: string }
  | { kind: 'failed'; message: string }

export type CheckTrigger = 'start' | 'menu'

export interface UpdateFlow {
  check(trigger: CheckTrigger): Promise<UpdateState>
  /** Offers the downloaded update if it waits for the end of a session; call when a session may have ended. */
  offerIfWaiting(): Promise<void>
  state(): UpdateState
}

/** Read when said, so the words follow the language of that moment. */
export const couldNotCheck = () => t('main:updates.couldNotCheck')

/** The message for a download that failed or did not match its published checksum. */
export function downloadFailureMessage(version: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return /sha512|checksum/i.test(reason)
    ? t('main:updates.refused', { version })
    : t('main:updates.downloadFailed', { version, reason })
}

/** Offers the restart unless a session runs; resolves true when the offer must wait for the session's end. */
async function offerRestart(options: UpdateFlowOptions, version: string): Promise<boolean> {
  if (await options.isSessionActive()) {
    options.log(`update ${version} waits for the session to end`)
    return true
  }
  const restart = await options.ui.offerRestart(version)
  // A session may have started while the dialog was open.
  if (restart && (await options.isSessionActive())) return true
  if (restart) options.updater.install()
  return false
}

export function createUpdateFlow(options: UpdateFlowOptions): UpdateFlow {
  const { updater, ui, log } = options
  let state: UpdateState = { kind: 'idle' }
  let offerWaiting = false
  let userAsked = false
  let inFlight: Promise<UpdateState> | null = null

  async function download(version: string): Promise<UpdateState> {
    state = { kind: 'downloading', version }
    try {
      await updater.download()
    } catch (error) {
      const message = downloadFailureMessage(version, error)
      log(`${message} ${String(error)}`)
      state = { kind: 'failed', message }
      await ui.tell(message)
      return state
    }
    state = { kind: 'ready', version }
    offerWaiting = await offerRestart(options, version)
    return state
  }

  /** Whether the user asked (from the menu) since the last answer: only then are "up to date" and offline said. */
  function takeAsked(): boolean {
    const asked = userAsked
    userAsked = false
    return asked
  }

  async function run(): Promise<UpdateState> {
    state = { kind: 'checking' }
    let version: string | null
    try {
      version = await updater.check()
    } catch (error) {
      // Offline is normal: quiet at start, said plainly when the user asked.
      log(`could not check for updates: ${String(error)}`)
      state = { kind: 'failed', message: couldNotCheck() }
      if (takeAsked()) await ui.tell(couldNotCheck(), t('main:updates.couldNotCheckDetail'))
      return state
    }
    if (version === null) {
      state = { kind: 'upToDate' }
      if (takeAsked()) await ui.tell(t('main:updates.upToDate'))
      return state
    }
    userAsked = false
    if (!options.canInstall) {
      state = { kind: 'elsewhere', version }
      await ui.offerDownloadPage(version)
      return state
    }
    return download(version)
  }

  async function check(trigger: CheckTrigger): Promise<UpdateState> {
    if (trigger === 'menu') userAsked = true
    else if (!(await options.enabled())) return state
    if (state.kind === 'ready') {
      if (takeAsked()) offerWaiting = await offerRestart(options, state.version)
      return state
    }
    // A check already under way answers this one too (the user still hears its outcome).
    inFlight ??= run().finally(() => (inFlight = null))
    return inFlight
  }

  return {
    check,
    async offerIfWaiting() {
      if (offerWaiting && state.kind === 'ready') {
        // Not waiting while the offer is on screen, so the retry timer cannot open a second one.
        offerWaiting = false
        offerWaiting = await offerRestart(options, state.version)
      }
    },
    state: () => state,
  }
}
