// The session in progress, owned in one place: the timer actor, the session's identity, the journal writes
// in order, the save at the end and keep-awake. Screens send it actions and draw its one view; a second
// window or a remote control can do the same. Pure TypeScript with its ports injected, so it runs in Node.
import { createActor, type Actor } from 'xstate'
import { upcomingCues } from '../engine/cueSchedule'
import { compilePlan } from '../engine/plan'
import { serializeTimer } from '../engine/serialize'
import { toSessionStep } from '../engine/sessionSteps'
import type { TimerCue } from '../engine/timerReducers'
import { timerMachine, type TimerMachine } from '../engine/timerMachine'
import type { IpcResult } from '../ipc/result'
import type { Circuit } from '../model/circuit'
import type { RunController, RunPorts } from './runTypes'
import type { PendingSession } from '../model/journal'
import { localIso } from '../model/time'
import { finishSession, type RunIdentity } from './finishSession'
import type { LiveSession } from './buildView'
import { runSaveMessages } from './messages'
import { buildView, courseOf } from './buildView'
import { isSessionActive, statusOf, type RunView } from './runView'

const LONG_PAUSE_MS = 5 * 60_000

interface Session extends LiveSession {
  /** Step records already written to the journal. */
  journaled: number
  /** What the last snapshot recorded, so only changes of course are written. */
  course: string
}

export function createRunController(ports: RunPorts): RunController {
  let session: Session | null = null
  let view: RunView | null = null
  const listeners = new Set<(view: RunView | null) => void>()
  const cueListeners = new Set<(cue: TimerCue) => void>()
  let writes: Promise<unknown> = Promise.resolve()
  let longPause: unknown = null
  let awake = false

  const publish = () => {
    view = session ? buildView(session) : null
    for (const listener of listeners) listener(view)
  }
  const update = (s: Session, patch: Partial<Session>) => {
    Object.assign(s, patch)
    if (s === session) publish()
  }
  /** Disk writes go one after another, in order; a failure is shown but never stops the timer. */
  const write = (what: () => Promise<IpcResult<unknown>>, onFail: (m: string) => void) => {
    writes = writes.then(async () => {
      const result = await what().catch((e: unknown) => ({
        ok: false as const,
        error: { message: e instanceof Error ? e.message : String(e) },
      }))
      if (!result.ok) onFail(result.error.message)
    })
    return writes
  }
  const journalFailed = (s: Session) => (message: string) =>
    update(s, { journal: 'failed', error: runSaveMessages.journalFailed(message) })
  const keepAwake = (on: boolean) => {
    const wanted = on && ports.settings().keepScreenAwake
    if (wanted === awake) return
    awake = wanted
    void ports.api.keepAwake({ on: wanted })
  }

  /** `journaled`: how many of the timer's step records the journal already holds. */
  function adopt(
    identity: RunIdentity,
    actor: Actor<TimerMachine>,
    journal: Session['journal'],
    journaled: number
  ) {
    session?.actor.stop()
    const s: Session = {
      ...identity,
      actor,
      journal,
      save: { state: 'none' },
      error: null,
      journaled: 0,
      course: '',
    }
    s.journaled = journaled
    s.course = courseOf(actor.getSnapshot())
    session = s
    actor.on('*', (cue) => cueListeners.forEach((listener) => listener(cue)))
    actor.subscribe(() => onChange(s))
    actor.start()
    publish()
  }

  /** Every change of the timer: journal what happened, mind keep-awake, save at the end, publish. */
  function onChange(s: Session) {
    if (s !== session) return
    const snapshot = s.actor.getSnapshot()
    const ctx = snapshot.context
    if (s.startedWallMs && s.journal !== 'failed') {
      for (; s.journaled < ctx.log.length; s.journaled++) {
        const step = toSessionStep(s.plan, ctx.log[s.journaled]!, ctx.startedAt)
        void write(
          () => ports.api.journalProgress({ sessionId: s.sessionId, step }),
          journalFailed(s)
        )
      }
      const course = courseOf(snapshot)
      const timer = serializeTimer(ctx, statusOf(snapshot.value), ports.wallNow())
      if (course !== s.course && timer) {
        s.course = course
        void write(
          () => ports.api.snapshotJournal({ sessionId: s.sessionId, timer }),
          journalFailed(s)
        )
      }
    }
    ports.clock.clearTimeout(longPause)
    if (snapshot.matches('paused')) {
      longPause = ports.clock.setTimeout(() => keepAwake(false), ports.longPauseMs ?? LONG_PAUSE_MS)
    } else if (snapshot.matches('running')) keepAwake(true)
    if (snapshot.status === 'done' && s.save.state === 'none') {
      keepAwake(false)
      save(s)
    }
    publish()
  }

  function save(s: Session) {
    const snapshot = s.actor.getSnapshot()
    const status = snapshot.value === 'finished' ? 'completed' : 'stopped'
    const finished = finishSession(s, snapshot.context, status, ports.settings())
    update(s, { save: { state: 'saving' } })
    void write(
      async () => {
        const result = await ports.api.endJournal(finished)
        if (result.ok) {
          const { summary, alreadySaved } = result.value
          update(s, {
            save: { state: 'saved', summary, session: finished, alreadySaved },
            error: null,
          })
        }
        return result
      },
      (message) =>
        update(s, {
          save: { state: 'failed', message: runSaveMessages.saveFailed(message, s.journal) },
        })
    )
  }

  function open(circuit: Circuit) {
    const plan = compilePlan(circuit)
    const actor = createActor(timerMachine, {
      clock: ports.clock,
      input: { plan, now: () => ports.clock.now() },
    })
    adopt(
      { sessionId: ports.newId(), circuit, plan, startedWallMs: 0, timeZone: ports.timeZone() },
      actor,
      'none',
      0
    )
  }

  function resume(pending: PendingSession) {
    if (!pending.timer) return
    const plan = compilePlan(pending.circuit)
    const actor = createActor(timerMachine, {
      clock: ports.clock,
      input: {
        plan,
        now: () => ports.clock.now(),
        fromSnapshot: { state: pending.timer, wallNowMs: ports.wallNow(), afterCrash: true },
      },
    })
    const identity = {
      sessionId: pending.sessionId,
      circuit: pending.circuit,
      plan,
      startedWallMs: Date.parse(pending.startedAt),
      timeZone: pending.timeZone,
    }
    adopt(identity, actor, 'ok', pending.timer.log.length)
  }

  function start(s: Session) {
    if (!s.actor.getSnapshot().matches('idle')) return
    s.startedWallMs = ports.wallNow()
    s.journal = 'ok'
    void write(
      () =>
        ports.api.beginJournal({
          sessionId: s.sessionId,
          circuit: s.circuit,
          startedAt: localIso(s.startedWallMs),
          timeZone: s.timeZone,
        }),
      journalFailed(s)
    )
    s.actor.send({ type: 'START' })
  }

  const EVENTS = {
    next: 'NEXT',
    previous: 'PREVIOUS',
    done: 'DONE',
    roundDone: 'ROUND_DONE',
    addTime: 'ADD_TIME',
    removeTime: 'REMOVE_TIME',
    suspend: 'PAUSE',
    stop: 'STOP',
  } as const

  return {
    send(action) {
      if (action.type === 'open') return isSessionActive(view) ? undefined : open(action.circuit)
      if (action.type === 'resume')
        return isSessionActive(view) ? undefined : resume(action.pending)
      const s = session
      if (!s) return
      const idle = s.actor.getSnapshot().matches('idle')
      switch (action.type) {
        case 'start':
          return start(s)
        case 'toggle':
          return idle ? start(s) : s.actor.send({ type: 'TOGGLE' })
        case 'retrySave':
          return s.save.state === 'failed' ? save(s) : undefined
        case 'again':
          return s.actor.getSnapshot().status === 'done' ? open(s.circuit) : undefined
        case 'close':
          if (!idle && s.actor.getSnapshot().status === 'active') return
          s.actor.stop()
          ports.clock.clearTimeout(longPause)
          session = null
          return publish()
        default:
          if (idle) return
          return s.actor.send({ type: EVENTS[action.type] })
      }
    },
    view: () => view,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    onCue(listener) {
      cueListeners.add(listener)
      return () => cueListeners.delete(listener)
    },
    upcoming(horizonMs) {
      const snapshot = session?.actor.getSnapshot()
      if (!snapshot?.matches('running')) return []
      return upcomingCues(snapshot.context, ports.clock.now(), horizonMs)
    },
    dispose() {
      session?.actor.stop()
      ports.clock.clearTimeout(longPause)
      session = null
      listeners.clear()
      cueListeners.clear()
    },
  }
}

export type { RunAction, RunApi, RunController, RunPorts } from './runTypes'
