// Random circuits, random controls at random moments: the session's end and every cue still match the plan.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { circuitArb } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'
import { HALFWAY_MIN_MS } from '@shared/engine/timerReducers'

type Action = 'PAUSE' | 'RESUME' | 'NEXT' | 'ADD_TIME' | 'REMOVE_TIME' | 'PREVIOUS' | 'DONE'
const moves = (actions: Action[]) =>
  fc.array(
    fc.record({ waitMs: fc.integer({ min: 0, max: 12_000 }), action: fc.constantFrom(...actions) }),
    {
      maxLength: 25,
    }
  )

/** Long enough to finish any generated circuit plus everything added. */
const DRAIN_MS = 4 * 60 * 60 * 1000

function drain(t: ReturnType<typeof runTimer>) {
  if (t.state() === 'paused') t.send('RESUME')
  while (t.status() === 'active') {
    t.advance(60_000)
    if (t.clock.now() > DRAIN_MS) throw new Error('session never ended')
    // Manual steps wait for the user: say done after a minute.
    if (t.ctx().plan.steps[t.stepIndex()]!.durationMs === null) t.send('DONE')
  }
}

describe('timer machine properties', () => {
  it('ends exactly at planned + paused + added - skipped, whatever the user does', () => {
    fc.assert(
      fc.property(
        circuitArb({ manual: false }),
        moves(['PAUSE', 'RESUME', 'NEXT', 'ADD_TIME', 'REMOVE_TIME']),
        (c, plan) => {
          const t = runTimer(c)
          t.send('START')
          let paused = 0
          let pausedSince: number | null = null
          let added = 0
          let skipped = 0
          for (const { waitMs, action } of plan) {
            t.advance(waitMs)
            if (t.status() !== 'active') break
            const left = t.remaining() ?? 0
            const now = t.clock.now()
            if (action === 'PAUSE' && pausedSince === null) pausedSince = now
            if (action === 'RESUME' && pausedSince !== null) {
              paused += now - pausedSince
              pausedSince = null
            }
            if (action === 'ADD_TIME') added += 10_000
            if (action === 'REMOVE_TIME') added -= Math.min(10_000, left)
            if (action === 'NEXT') skipped += left
            t.send(action)
          }
          // A session that finished while paused stopped the clock at the pause.
          if (pausedSince !== null && t.status() === 'active') {
            paused += t.clock.now() - pausedSince
            t.send('RESUME')
          }
          drain(t)
          const ctx = t.ctx()
          expect(ctx.endedAt! - ctx.startedAt).toBe(
            t.plan.totals.durationMs + paused + added - skipped
          )
          expect(ctx.pausedTotalMs).toBe(paused)
        }
      ),
      { numRuns: 150 }
    )
  })

  it('keeps a gapless log and puts every cue exactly where the plan says', () => {
    fc.assert(
      fc.property(
        circuitArb(),
        moves(['PAUSE', 'RESUME', 'NEXT', 'ADD_TIME', 'REMOVE_TIME', 'PREVIOUS', 'DONE']),
        (c, plan) => {
          const t = runTimer(c)
          t.send('START')
          // Log positions of steps whose timing the user changed (their cues legitimately move).
          const disturbed = new Set<number>()
          for (const { waitMs, action } of plan) {
            t.advance(waitMs)
            if (t.status() !== 'active') break
            if (['PAUSE', 'RESUME', 'ADD_TIME', 'REMOVE_TIME'].includes(action))
              disturbed.add(t.ctx().log.length)
            t.send(action)
          }
          drain(t)
          const { log, startedAt, endedAt } = t.ctx()

          // The log covers the session without gaps or overlaps.
          expect(log[0]!.startedAt).toBe(startedAt)
          expect(log.at(-1)!.endedAt).toBe(endedAt)
          for (let i = 1; i < log.length; i++) expect(log[i]!.startedAt).toBe(log[i - 1]!.endedAt)

          // A timed step that ran out lasted exactly its duration plus what was added and paused.
          for (const r of log) {
            const step = t.plan.steps[r.stepIndex]!
            if (r.outcome === 'completed' && step.durationMs !== null) {
              expect(r.endedAt - r.startedAt).toBe(step.durationMs + r.addedMs + r.pausedMs)
            }
          }

          // Each step-start cue is due exactly when its step began, in the same order as the log.
          const starts = t.cues
            .filter((x) => x.type === 'stepStart')
            .map((x) => [x.stepIndex, x.dueAt])
          expect(starts).toEqual(log.map((r) => [r.stepIndex, r.startedAt]))
          expect(t.cues.filter((x) => x.type === 'finished').map((x) => x.dueAt)).toEqual(
            t.state() === 'finished' ? [endedAt] : []
          )

          // Undisturbed timed steps hear their 3-2-1 and halfway exactly on time.
          for (const [position, r] of log.entries()) {
            const step = t.plan.steps[r.stepIndex]!
            // A step entered while paused inherits the pause, so it counts as disturbed too.
            if (
              r.outcome !== 'completed' ||
              step.durationMs === null ||
              disturbed.has(position) ||
              r.pausedMs > 0
            )
              continue
            const mine = t.cues.filter(
              (x) =>
                'stepIndex' in x &&
                x.stepIndex === r.stepIndex &&
                // Strictly after: a cue of an earlier attempt may fall on this one's start.
                x.dueAt > r.startedAt &&
                x.dueAt <= r.endedAt
            )
            const expected = [3, 2, 1]
              .filter((k) => k * 1000 < step.durationMs!)
              .map((k) => r.endedAt - k * 1000)
            const countdown = mine.filter((x) => x.type === 'countdown').map((x) => x.dueAt)
            expect(countdown).toEqual(expected)
            if (step.kind === 'work' && step.durationMs >= HALFWAY_MIN_MS) {
              expect(mine.filter((x) => x.type === 'halfway').map((x) => x.dueAt)).toContain(
                r.startedAt + step.durationMs / 2
              )
            }
          }
        }
      ),
      { numRuns: 150 }
    )
  })
})
