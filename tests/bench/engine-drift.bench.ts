// Real-clock drift of the timer machine in Node: when each boundary actually happens versus the ideal.
// Runs N steps of 0.5 s, then 2N, to show that end drift does not grow with session length.
import { performance } from 'node:perf_hooks'
import { createActor } from 'xstate'
import type { Plan, PlanStep } from '@shared/engine/plan'
import { timerMachine } from '@shared/engine/timerMachine'
import { percentile, round } from './lib/stats'

const STEP_MS = 500
const STEPS = Number(process.env['DRIFT_STEPS'] ?? 120)

function syntheticPlan(count: number): Plan {
  const steps: PlanStep[] = Array.from({ length: count }, (_, i) => ({
    index: i,
    kind: i % 2 === 0 ? 'work' : 'rest',
    label: i % 2 === 0 ? 'Work' : 'Rest',
    blocks: 1,
    durationMs: STEP_MS,
    offsetMs: i * STEP_MS,
    next: i + 1 < count ? i + 1 : null,
  }))
  const durationMs = count * STEP_MS
  return {
    circuitId: 'bench',
    circuitName: 'Drift bench',
    steps,
    totals: {
      durationMs,
      workMs: durationMs / 2,
      restMs: durationMs / 2,
      workIntervals: count / 2,
      manualSteps: 0,
    },
  }
}

async function measure(count: number): Promise<{ lateness: number[]; endDrift: number }> {
  const plan = syntheticPlan(count)
  const now = () => performance.now()
  // The timer reads the time from its clock: the default clock's timers, with the page's now().
  const clock = {
    now,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout,
  }
  const actor = createActor(timerMachine, { clock, input: { plan } })
  const lateness: number[] = []
  let endDrift = Number.NaN
  const finished = new Promise<void>((resolve) => {
    actor.on('stepStart', (cue) => {
      if (cue.stepIndex > 0) lateness.push(now() - cue.dueAt)
    })
    actor.on('finished', (cue) => {
      const t = now()
      lateness.push(t - cue.dueAt)
      // The ideal end is the session start plus the planned length; dueAt must equal it exactly.
      endDrift = Math.max(
        t - cue.dueAt,
        Math.abs(cue.dueAt - (actor.getSnapshot().context.startedAt + plan.totals.durationMs))
      )
      resolve()
    })
  })
  actor.start()
  actor.send({ type: 'START' })
  await finished
  return { lateness, endDrift }
}

const base = await measure(STEPS)
console.log(
  `${STEPS} steps: p50 ${round(percentile(base.lateness, 50))} ms, max ${round(Math.max(...base.lateness))} ms, end ${round(base.endDrift)} ms`
)
const double = await measure(STEPS * 2)
console.log(
  `${STEPS * 2} steps: p50 ${round(percentile(double.lateness, 50))} ms, max ${round(Math.max(...double.lateness))} ms, end ${round(double.endDrift)} ms`
)

console.log(
  JSON.stringify({
    bench: 'engine-drift',
    boundaries: base.lateness.length,
    p50_ms: round(percentile(base.lateness, 50)),
    p99_ms: round(percentile(base.lateness, 99)),
    max_ms: round(Math.max(...base.lateness)),
    end_drift_ms: round(base.endDrift),
    end_drift_ms_2x_length: round(double.endDrift),
    p99_ms_2x_length: round(percentile(double.lateness, 99)),
  })
)
