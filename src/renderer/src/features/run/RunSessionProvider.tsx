// Puts the session that lives in main in the page: its frames (useSessionFrames) and a send that hands
// every action to main. The page keeps no session of its own, so a reload comes back to the one running.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react'
import type { Circuit } from '@shared/model/circuit'
import type { RunAction } from '@shared/run/runTypes'
import type { RunView } from '@shared/run/runView'
import type { SessionCommand } from '@shared/session/sessionCommands'
import { CuePlayer } from '@renderer/audio/cuePlayer'
import { stopSpeaking } from '@renderer/audio/voice'
import { useNavigation } from '@renderer/app/navigation'
import { useToast } from '@renderer/app/Toast'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'
import { useSettings } from '../settings/SettingsContext'
import { SessionSoundOnDemand } from './SessionSoundOnDemand'
import { useMediaControls } from './useMediaControls'
import { useDisplayWindow, type DisplayWindow } from './useDisplayWindow'
import { useRemoteControl, type RemoteState } from './useRemoteControl'
import { useSessionFrames } from './useSessionFrames'
import { startedView } from './startedView'

interface RunSessionValue {
  view: RunView | null
  /** Session clock minus this page's performance.now(): the digits are drawn on the session's clock. */
  offsetMs: number
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

/** The command main takes for an action: a stored circuit goes by id, the journal is read in main. */
function commandOf(action: RunAction): SessionCommand {
  if (action.type === 'open') return { type: 'open', circuitId: action.circuit.id }
  if (action.type === 'resume') return { type: 'resume' }
  return { type: action.type }
}

async function sendToMain(action: RunAction): Promise<string | null> {
  let result = await window.api.sendSession(commandOf(action))
  // A circuit run again from history may be gone from the library: send it whole.
  if (!result.ok && result.error.code === 'not-found' && action.type === 'open')
    result = await window.api.sendSession({ type: 'open', circuit: action.circuit })
  return result.ok ? null : result.error.message
}

export function RunSessionProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings()
  const { navigate } = useNavigation()
  const toast = useToast()
  const player = useMemo(() => new CuePlayer(), [])
  const { view, offsetMs, foresee } = useSessionFrames()
  const [muted, setMuted] = useState(false)

  const over = view?.status === 'finished' || view?.status === 'stopped'
  useEffect(() => {
    if (over) stopSpeaking()
  }, [over])

  const send = useCallback(
    (action: RunAction) => {
      // Start is a user gesture: the moment the page may wake its audio.
      if (action.type === 'start' || action.type === 'toggle') void player.warmUp()
      // Start puts the first phase on screen within the frame, without waiting for main's answer.
      if ((action.type === 'start' || action.type === 'toggle') && view?.status === 'ready')
        foresee(startedView(view, performance.now() + offsetMs))
      void sendToMain(action).then((problem) => problem && toast(problem))
      if (action.type === 'open' || action.type === 'resume') navigate('run')
      if (action.type === 'close') player.relax()
    },
    [navigate, player, toast, view, offsetMs, foresee]
  )
  useMediaControls(view, send)
  const display = useDisplayWindow(settings.preferredDisplayId)
  const remote = useRemoteControl()
  // The computer going to sleep pauses the session; the user resumes when back.
  useSystemEvents((event) => {
    if (event.type === 'suspend') send({ type: 'suspend' })
  })

  const value = useMemo(
    () => ({
      view,
      offsetMs,
      send,
      open: (circuit: Circuit) => send({ type: 'open', circuit }),
      player,
      muted,
      setMuted,
      display,
      remote,
    }),
    [view, offsetMs, send, player, muted, display, remote]
  )
  return (
    <RunSessionContext.Provider value={value}>
      <SessionSoundOnDemand
        view={view}
        offsetMs={offsetMs}
        player={player}
        settings={settings}
        muted={muted}
      />
      {children}
    </RunSessionContext.Provider>
  )
}

export function useRunSession(): RunSessionValue {
  const value = useContext(RunSessionContext)
  if (!value) throw new Error('useRunSession needs a RunSessionProvider above it.')
  return value
}
