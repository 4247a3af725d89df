// The timer's vocabulary: its context, what it records per step, and the cues it emits.
import type { Plan, PlanStep } from './plan'

/** 'interrupted': the app stopped (a crash, a power cut) during the step; it starts again on resume. */
/** 'capped': an AMRAP or For Time cap fell during the step. */
export type StepOutcome =
  'completed' | 'skipped' | 'restarted' | 'rewound' | 'stopped' | 'interrupted' | 'capped'

export interface StepRecord {
  stepIndex: number
  /** Clock times (ms) of the step's logical start and end. */
  startedAt: number
  endedAt: number
  pausedMs: number
  /** Net time added with +/- (may be negative). */
  addedMs: number
  outcome: StepOutcome
  /** EMOM: how long after its window ended the move was done (absent when on time). */
  overrunMs?: number
}

export interface TimerContext {
  /** The plan, compiled once when the session opened (data, so the context can be persisted). */
  plan: Plan
  /** Times are on the actor system's monotonic clock. */
  startedAt: number
  stepIndex: number
  shiftMs: number
  /** The format block's shift from the plan: where its windows end and its cap falls (see blockWindows.ts). */
  blockShiftMs: number
  stepStartedAt: number
  stepPausedMs: number
  stepAddedMs: number
  pausedAt: number | null
  pausedTotalMs: number
  addedTotalMs: number
  skippedTotalMs: number
  /** Cue keys already emitted for the current step ("halfway", "countdown-3"...). */
  cuesDone: string[]
  log: StepRecord[]
  endedAt: number | null
}

export type TimerCue =
  | {
      type: 'stepStart'
      stepIndex: number
      dueAt: number
      lateMs: number
      step: PlanStep
      next: PlanStep | null
    }
  | { type: 'countdown'; stepIndex: number; dueAt: number; lateMs: number; secondsLeft: 1 | 2 | 3 }
  | { type: 'halfway'; stepIndex: number; dueAt: number; lateMs: number }
  | { type: 'finished'; dueAt: number; lateMs: number }

export interface Outcome {
  context: TimerContext
  cues: TimerCue[]
}
