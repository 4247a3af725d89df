// The one serialisable picture of a session that every screen draws from: built from the timer's context
// whenever it changes, never per frame. Times are on the monotonic clock of the process that owns the
// session, with wall-clock twins so another process (a display window, a phone) can draw it too.
import type { UpcomingCue } from '../engine/cueSchedule'
import type { PlanStep } from '../engine/plan'
import { remainingMs, sessionRemainingMs } from '../engine/selectors'
import { currentStep, stepEndsAt, type TimerContext } from '../engine/timerReducers'
import type { Session, SessionSummary } from '../model/session'
import type { FormatView } from './formatView'

export type RunStatus = 'ready' | 'running' | 'paused' | 'finished' | 'stopped'

export interface RunTiming {
  /** When the current step began (the moment its start cue was due). */
  stepStartedAt: number
  /** When the current timed step ends; null on a rep step or before the start. */
  stepEndsAt: number | null
  stepEndsAtWallMs: number | null
  /** A rep step counts up from here (its start plus its pauses). */
  stepCountsFrom: number
  /** The step's full length with time added; null on a rep step. */
  stepActiveMs: number | null
  /** While paused (or over), time stands still here; the display uses it instead of now. */
  frozenAt: number | null
  /** Planned time of every step after this one. */
  laterPlannedMs: number
  /** Planned length of the session plus time added. */
  totalPlannedMs: number
  /** Session elapsed time counts from here (its start plus its pauses). */
  sessionCountsFrom: number
}

export type SaveState =
  | { state: 'none' }
  | { state: 'saving' }
  | { state: 'saved'; summary: SessionSummary; session: Session; alreadySaved: boolean }
  /** message: why (the store's reason); the screen says it in its words (runSaveMessages). */
  | { state: 'failed'; message: string }

export interface RunView {
  sessionId: string
  circuit: { id: string; name: string; color?: string | undefined }
  status: RunStatus
  stepIndex: number
  stepCount: number
  step: PlanStep
  next: PlanStep | null
  /** The few steps after this one, for the control view while the TV shows the display. */
  comingUp: PlanStep[]
  /** In an EMOM, AMRAP or For Time block: its window, cap, clock and rounds; null elsewhere. */
  format: FormatView | null
  /** The session has rep steps, so its length is unknown: it shows elapsed time, not time left. */
  hasReps: boolean
  /** Wall-clock ms of the start; null until Start. */
  startedWallMs: number | null
  timing: RunTiming
  /** The cues to come if nobody touches the controls (empty unless running): screens play them on time. */
  cues: UpcomingCue[]
  /** The circuit's exercises, once each, for logging loads at the end. */
  exercises: Array<{ entryId: string; name: string }>
  /** Whether the session is safe in the journal on disk (a crash would keep it). */
  journal: 'none' | 'ok' | 'failed'
  save: SaveState
  /** Why the latest journal write failed; the screen says it in its words (runSaveMessages). */
  error: string | null
}

/** "A session is active": started and not yet safely in history. The one place that decides it. */
export function isSessionActive(view: RunView | null): boolean {
  return view !== null && view.status !== 'ready' && view.save.state !== 'saved'
}

export function timingOf(
  ctx: TimerContext,
  status: RunStatus,
  t: number,
  toWall: (monotonic: number) => number | null
): RunTiming {
  const step = currentStep(ctx)
  const ready = status === 'ready'
  // Its own time, its EMOM window or its cap: whichever ends it (a rep step under a cap has one too).
  const endsAt = ready ? null : stepEndsAt(ctx)
  const left = ready ? 0 : (remainingMs(ctx, t) ?? 0)
  return {
    stepStartedAt: ctx.stepStartedAt,
    stepEndsAt: endsAt,
    stepEndsAtWallMs: endsAt === null ? null : toWall(endsAt),
    stepCountsFrom: ctx.stepStartedAt + ctx.stepPausedMs,
    stepActiveMs:
      endsAt === null || step.durationMs === null
        ? null
        : endsAt - ctx.stepStartedAt - ctx.stepPausedMs,
    frozenAt: ready ? t : (ctx.endedAt ?? ctx.pausedAt),
    laterPlannedMs: ready
      ? ctx.plan.totals.durationMs - (step.durationMs ?? 0)
      : sessionRemainingMs(ctx, t) - left,
    totalPlannedMs: ctx.plan.totals.durationMs + ctx.addedTotalMs,
    sessionCountsFrom: ctx.startedAt + ctx.pausedTotalMs,
  }
}
