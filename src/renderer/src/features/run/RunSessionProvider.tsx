// Owns the session in progress: the timer actor, the journal on disk, the saved result, sound, and keeping
// the screen awake. It sits above the screens, so a run survives moving between them.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { createActor, type Actor } from 'xstate'
import { compilePlan } from '../../../../shared/engine/plan'
import { toSessionStep } from '../../../../shared/engine/sessionSteps'
import { timerMachine, type TimerMachine } from '../../../../shared/engine/timerMachine'
import type { Circuit } from '../../../../shared/model/circuit'
import type { Session, SessionSummary } from '../../../../shared/model/session'
import { localIso } from '../../../../shared/model/time'
import { CuePlayer } from '../../audio/cuePlayer'
import { stopSpeaking } from '../../audio/voice'
import { useNavigation } from '../../app/navigation'
import { messageOf, unwrap } from '../../lib/api'
import { newId } from '../../lib/ids'
import { useSystemEvents } from '../../lib/useSystemEvents'
import { useSettings } from '../settings/SettingsContext'
import { finishSession, type RunIdentity } from './finishSession'
import { useCueAudio } from './useCueAudio'

/** After this long paused, the screen may sleep again; resuming takes the blocker back. */
const LONG_PAUSE_MS = 5 * 60_000

export interface ActiveRun extends RunIdentity {
  actor: Actor<TimerMachine>
  /** Set once the finished session is safely in history. */
  saved: { summary: SessionSummary; session: Session } | null
  error: string | null
}

interface RunSessionValue {
  run: ActiveRun | null
  player: CuePlayer
  muted: boolean
  setMuted: (muted: boolean) => void
  /** Opens the run screen for a circuit, ready to start. */
  open: (circuit: Circuit) => void
  /** Starts the timer (call from a user gesture: it also wakes the audio). */
  begin: () => void
  /** Leaves the run screen once the session is over (or was never started). */
  close: () => void
  retrySave: () => void
}

const RunSessionContext = createContext<RunSessionValue | null>(null)

export function RunSessionProvider({ children }: { children: ReactNode }) {
  const { settings } = useSettings()
  const { navigate } = useNavigation()
  const player = useMemo(() => new CuePlayer(), [])
  const [run, setRun] = useState<ActiveRun | null>(null)
  const [muted, setMuted] = useState(false)
  const settingsRef = useRef(settings)
  useEffect(() => {
    settingsRef.current = settings
  })
  const journal = useRef<Promise<unknown>>(Promise.resolve())

  const update = useCallback((id: string, patch: Partial<ActiveRun>) => {
    setRun((current) => (current && current.sessionId === id ? { ...current, ...patch } : current))
  }, [])

  /** Journal writes go one after another, in order; a failure is shown but never stops the timer. */
  const enqueue = useCallback(
    (id: string, write: () => Promise<unknown>) => {
      journal.current = journal.current
        .then(write)
        .catch((e: unknown) =>
          update(id, { error: `Could not write the session to disk: ${messageOf(e)}` })
        )
      return journal.current
    },
    [update]
  )

  const save = useCallback(
    (active: ActiveRun) => {
      const snapshot = active.actor.getSnapshot()
      const session = finishSession(
        active,
        snapshot.context,
        snapshot.value === 'finished' ? 'completed' : 'stopped',
        settingsRef.current
      )
      void enqueue(active.sessionId, async () => {
        const summary = await unwrap(window.api.endJournal(session))
        update(active.sessionId, { saved: { summary, session }, error: null })
      })
    },
    [enqueue, update]
  )

  const open = useCallback(
    (circuit: Circuit) => {
      const plan = compilePlan(circuit)
      const actor = createActor(timerMachine, { input: { plan, now: () => performance.now() } })
      actor.start()
      setRun({
        sessionId: newId(),
        circuit,
        plan,
        actor,
        startedWallMs: 0,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
        saved: null,
        error: null,
      })
      navigate('run')
    },
    [navigate]
  )

  const begin = useCallback(() => {
    if (!run || !run.actor.getSnapshot().matches('idle')) return
    void player.warmUp()
    const startedWallMs = Date.now()
    run.actor.send({ type: 'START' })
    // The identity is read when the session is saved; it is fixed from here on.
    run.startedWallMs = startedWallMs
    update(run.sessionId, { startedWallMs })
    void enqueue(run.sessionId, () =>
      unwrap(
        window.api.beginJournal({
          sessionId: run.sessionId,
          circuit: run.circuit,
          startedAt: localIso(startedWallMs),
          timeZone: run.timeZone,
        })
      )
    )
    if (settingsRef.current.keepScreenAwake) void window.api.keepAwake({ on: true })
  }, [run, player, enqueue, update])

  // Each finished step goes to the journal; the end of the session goes to history.
  useEffect(() => {
    if (!run) return
    let journaled = run.actor.getSnapshot().context.log.length
    let longPause: ReturnType<typeof setTimeout> | undefined
    let finished = false
    const subscription = run.actor.subscribe((snapshot) => {
      const { log, startedAt } = snapshot.context
      for (; journaled < log.length; journaled++) {
        const step = toSessionStep(run.plan, log[journaled]!, startedAt)
        void enqueue(run.sessionId, () =>
          unwrap(window.api.journalProgress({ sessionId: run.sessionId, step }))
        )
      }
      clearTimeout(longPause)
      if (snapshot.matches('paused')) {
        longPause = setTimeout(() => void window.api.keepAwake({ on: false }), LONG_PAUSE_MS)
      } else if (snapshot.matches('running') && settingsRef.current.keepScreenAwake) {
        void window.api.keepAwake({ on: true })
      }
      if (snapshot.status === 'done' && !finished) {
        finished = true
        void window.api.keepAwake({ on: false })
        stopSpeaking()
        save(run)
      }
    })
    return () => {
      clearTimeout(longPause)
      subscription.unsubscribe()
    }
  }, [run?.actor]) // eslint-disable-line react-hooks/exhaustive-deps -- one subscription per actor

  useCueAudio(run?.actor ?? null, player, settings, muted)

  // The computer going to sleep pauses the session; the user resumes when back.
  useSystemEvents((event) => {
    if (event.type === 'suspend') run?.actor.send({ type: 'PAUSE' })
  })

  const close = useCallback(() => {
    if (run) {
      const snapshot = run.actor.getSnapshot()
      if (snapshot.status === 'active' && !snapshot.matches('idle')) return
      run.actor.stop()
    }
    player.relax()
    setRun(null)
  }, [run, player])

  const retrySave = useCallback(() => {
    if (run) save(run)
  }, [run, save])

  const value = useMemo(
    () => ({ run, player, muted, setMuted, open, begin, close, retrySave }),
    [run, player, muted, open, begin, close, retrySave]
  )
  return <RunSessionContext.Provider value={value}>{children}</RunSessionContext.Provider>
}

export function useRunSession(): RunSessionValue {
  const value = useContext(RunSessionContext)
  if (!value) throw new Error('useRunSession needs a RunSessionProvider above it.')
  return value
}
