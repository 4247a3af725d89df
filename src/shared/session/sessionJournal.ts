// The journal actor the session invokes while it runs: begins the journal, then at every change of course
// writes the new step records and the machine's persisted snapshot, one write after another. A failed write
// is reported to the session (JOURNAL.FAILED) and never stops the timer.
import type { CallbackLogicFunction, Snapshot } from 'xstate'
import { toSessionStep } from '../engine/sessionSteps'
import type { TimerContext } from '../engine/timerTypes'
import type { JournalBegin, JournalProgress, JournalSnapshot } from '../model/journal'
import type { Session, SessionSummary } from '../model/session'
import type { Settings } from '../model/settings'
import { localIso } from '../model/time'
import type { SessionClock } from '../engine/timerMachine'
import type { JournalWrite, SessionEvent, SessionIdentity } from './sessionMachine'

/** What the session needs from the process that hosts it (main): disk, power, time and identity. */
export interface SessionPorts {
  /** The session clock: monotonic ms; in main, on the wall clock's scale so a restart can compare. */
  clock: SessionClock
  wallNow(): number
  newId(): string
  timeZone(): string
  settings(): Settings
  journal: {
    begin(begin: JournalBegin): unknown
    progress(progress: JournalProgress): unknown
    snapshot(snapshot: JournalSnapshot): unknown
    /** Step records the journal already holds for this session (after a resume). */
    stepsWritten(sessionId: string): number
    /** Forgets the session's journal: it ended with nothing worth saving. */
    discard(sessionId: string): void
  }
  save(session: Session): Promise<{ summary: SessionSummary; alreadySaved: boolean }>
  keepAwake(on: boolean): void
  /** After this long paused the screen may sleep again. */
  longPauseMs?: number
  log?: (error: unknown) => void
}

type JournalInput = SessionIdentity & { startedWallMs: number }

/** The timer's context inside a persisted snapshot of the session. */
function timerContextOf(persisted: Snapshot<unknown>): TimerContext | null {
  const children = (
    persisted as { children?: Record<string, { snapshot?: { context?: unknown } }> }
  ).children
  return (children?.['timer']?.snapshot?.context as TimerContext | undefined) ?? null
}

/** Changes whenever the timer changes course (a step, a pause, a resume, a skip, added time). */
const courseKey = (c: TimerContext) =>
  `${c.stepIndex}|${c.log.length}|${c.pausedAt}|${c.shiftMs}|${c.stepAddedMs}|${c.endedAt}`

export function journalActor(
  ports: SessionPorts,
  persisted: () => Snapshot<unknown> | null
): CallbackLogicFunction<JournalWrite, SessionEvent, JournalInput> {
  return ({ input, receive, sendBack }) => {
    const { sessionId } = input
    let written = ports.journal.stepsWritten(sessionId)
    let lastCourse = ''
    let failed = false
    const run = (write: () => unknown) => {
      if (failed) return
      try {
        write()
      } catch (error) {
        failed = true
        sendBack({
          type: 'JOURNAL.FAILED',
          message: error instanceof Error ? error.message : String(error),
        })
      }
    }
    // What to write is decided now, from the snapshot of this instant; the disk work (an fsync each) waits
    // for a microtask, after the session has published its new frame: a press on a phone or a key is
    // answered first and journaled a moment later, in order, within the same turn of the event loop.
    const queue: Array<() => unknown> = []
    const drain = () => {
      for (const write of queue.splice(0)) run(write)
    }
    const attempt = (write: () => unknown) => {
      queue.push(write)
      if (queue.length === 1) void Promise.resolve().then(drain)
    }
    attempt(() =>
      ports.journal.begin({
        sessionId,
        circuit: input.circuit,
        startedAt: localIso(input.startedWallMs),
        timeZone: input.timeZone,
      })
    )
    receive(() => {
      const snapshot = persisted()
      const ctx = snapshot && timerContextOf(snapshot)
      if (!snapshot || !ctx) return
      for (; written < ctx.log.length; written++) {
        const step = toSessionStep(input.plan, ctx.log[written]!, ctx.startedAt)
        attempt(() => ports.journal.progress({ sessionId, step }))
      }
      const course = courseKey(ctx)
      if (course === lastCourse || ctx.endedAt !== null) return
      lastCourse = course
      const timer = { savedAt: ports.clock.now(), snapshot: snapshot as Record<string, unknown> }
      attempt(() => ports.journal.snapshot({ sessionId, timer }))
    })
  }
}
