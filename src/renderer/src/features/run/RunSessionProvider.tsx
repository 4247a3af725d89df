// Puts the run controller (src/shared/run) in the page: one per window, above the screens, so a session
// survives moving between them. Screens draw its view and dispatch its actions; nothing else is kept here.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react'
import type { Circuit } from '@shared/model/circuit'
import type { Settings } from '@shared/model/settings'
import { createRunController, type RunAction } from '@shared/run/runController'
import type { RunView } from '@shared/run/runView'
import { CuePlayer } from '@renderer/audio/cuePlayer'
import { stopSpeaking } from '@renderer/audio/voice'
import { useNavigation } from '@renderer/app/navigation'
import { newId } from '@renderer/lib/ids'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'
import { useSettings } from '../settings/SettingsContext'
import { useCueAudio } from './useCueAudio'
import { useMediaControls } from './useMediaControls'
import { useDisplayWindow, type DisplayWindow } from './useDisplayWindow'
import { useRemoteControl, type RemoteState } from './useRemoteControl'

interface RunSessionValue {
  view: RunView | null
  send: (action: RunAction) => void
  /** Opens the run screen for a circuit, ready to start (or shows the session already running). */
  open: (circuit: Circuit) => void
  /** The second window for the TV, which shows only the run display. */
  display: DisplayWindow
  /** The phone remote: on or off, and how many phones are connected. */
  remote: RemoteState
  player: CuePlayer
  muted: boolean
  setMuted: (muted: boolean) => void
}

const RunSessionContext = createContext<RunSessionValue | null>(null)

/** The page's monotonic clock and timers, for the timer machine. */
const pageClock = {
  now: () => performance.now(),
  setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
  clearTimeout: (id: unknown) => window.clearTimeout(id as number),
}

/** The controller with the page's ports; settings are read at the moment they matter. */
function createPageRun(initial: Settings) {
  let settings = initial
  const controller = createRunController({
    api: window.api,
    clock: pageClock,
    wallNow: () => Date.now(),
    newId,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    settings: () => settings,
  })
  return { controller, setSettings: (next: Settings) => void (settings = next) }
}

export function RunSessionProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings()
  const { navigate } = useNavigation()
  const [{ controller, setSettings }] = useState(() => createPageRun(settings))
  useEffect(() => setSettings(settings), [setSettings, settings])
  const player = useMemo(() => new CuePlayer(), [])
  useEffect(() => () => controller.dispose(), [controller])
  const view = useSyncExternalStore(controller.subscribe, controller.view)
  const [muted, setMuted] = useState(false)
  useCueAudio(controller, view?.status ?? null, player, settings, muted)

  const over = view?.status === 'finished' || view?.status === 'stopped'
  useEffect(() => {
    if (over) stopSpeaking()
  }, [over])

  const send = useCallback(
    (action: RunAction) => {
      // Start is a user gesture: the moment the page may wake its audio.
      if (action.type === 'start' || action.type === 'toggle') void player.warmUp()
      controller.send(action)
      if (action.type === 'open' || action.type === 'resume') navigate('run')
      if (action.type === 'close') player.relax()
    },
    [controller, navigate, player]
  )
  useMediaControls(view, send)
  const display = useDisplayWindow(view, settings.preferredDisplayId)
  const remote = useRemoteControl(view, send)
  // The computer going to sleep pauses the session; the user resumes when back.
  useSystemEvents((event) => {
    if (event.type === 'suspend') send({ type: 'suspend' })
  })

  const value = useMemo(
    () => ({
      view,
      send,
      open: (circuit: Circuit) => send({ type: 'open', circuit }),
      player,
      muted,
      setMuted,
      display,
      remote,
    }),
    [view, send, player, muted, display, remote]
  )
  return <RunSessionContext.Provider value={value}>{children}</RunSessionContext.Provider>
}

export function useRunSession(): RunSessionValue {
  const value = useContext(RunSessionContext)
  if (!value) throw new Error('useRunSession needs a RunSessionProvider above it.')
  return value
}
