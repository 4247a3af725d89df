// Drives the timer machine on xstate's SimulatedClock and records every cue it emits.
import { createActor, SimulatedClock, type Snapshot } from 'xstate'
import { compilePlan, type Plan } from '@shared/engine/plan'
import { timerMachine } from '@shared/engine/timerMachine'
import { remainingMs, stepElapsedMs } from '@shared/engine/selectors'
import type { TimerCue } from '@shared/engine/timerReducers'
import type { Circuit } from '@shared/model/circuit'

/** SimulatedClock fires due timers after moving time; small steps keep callbacks near their due time. */
export const STEP_MS = 50

export function runTimer(
  source: Circuit | Plan,
  options: { clock?: SimulatedClock; snapshot?: Snapshot<unknown> } = {}
) {
  const plan = 'steps' in source ? source : compilePlan(source)
  const clock = options.clock ?? new SimulatedClock()
  const cues: Array<TimerCue & { at: number }> = []
  const actor = createActor(timerMachine, {
    clock,
    input: { plan },
    ...(options.snapshot ? { snapshot: options.snapshot } : {}),
  })
  actor.on('*', (cue) => cues.push({ ...cue, at: clock.now() }))
  actor.start()
  const ctx = () => actor.getSnapshot().context
  return {
    plan,
    clock,
    actor,
    cues,
    ctx,
    send: (type: Exclude<Parameters<typeof actor.send>[0]['type'], 'INTERRUPTED'>) =>
      actor.send({ type }),
    /** What a journal keeps: xstate's persisted snapshot, through JSON as on disk. */
    persist: () => JSON.parse(JSON.stringify(actor.getPersistedSnapshot())) as Snapshot<unknown>,
    /** Moves time forward in small steps so timers fire close to when they are due. */
    advance(ms: number) {
      let left = ms
      while (left > 0) {
        const step = Math.min(STEP_MS, left)
        clock.increment(step)
        left -= step
      }
    },
    /** Moves time in one jump: every timer that came due fires late, at the end. */
    jump: (ms: number) => clock.increment(ms),
    state: () => actor.getSnapshot().value,
    status: () => actor.getSnapshot().status,
    stepIndex: () => ctx().stepIndex,
    remaining: () => remainingMs(ctx(), clock.now()),
    elapsed: () => stepElapsedMs(ctx(), clock.now()),
  }
}
