// Random circuits mixing the formats, random controls at random moments: every session ends, its log has
// no gaps and no step runs backwards, a cap ends its block, and every step-start cue matches the log.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CircuitSchema } from '@shared/model/circuit'
import { formatCircuitArb } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'

const ACTIONS = [
  'PAUSE',
  'RESUME',
  'NEXT',
  'PREVIOUS',
  'DONE',
  'ROUND_DONE',
  'ADD_TIME',
  'REMOVE_TIME',
] as const
const controls = fc.array(
  fc.record({ waitMs: fc.integer({ min: 0, max: 40_000 }), action: fc.constantFrom(...ACTIONS) }),
  { maxLength: 30 }
)

describe('format properties', () => {
  it('sessions end with a gapless log, caps end their blocks, cues match the log', () => {
    fc.assert(
      fc.property(formatCircuitArb(), controls, (c, plan) => {
        expect(CircuitSchema.safeParse(c).success).toBe(true)
        const t = runTimer(c)
        t.send('START')
        for (const { waitMs, action } of plan) {
          t.advance(waitMs)
          if (t.status() !== 'active') break
          t.actor.send({ type: action })
        }
        if (t.state() === 'paused') t.send('RESUME')
        while (t.status() === 'active') {
          t.advance(30_000)
          if (t.clock.now() > 10 * 60 * 60 * 1000) throw new Error('session never ended')
          if (t.ctx().plan.steps[t.stepIndex()]!.durationMs === null) t.send('DONE')
        }
        const { log, startedAt, endedAt } = t.ctx()
        expect(log[0]!.startedAt).toBe(startedAt)
        expect(log.at(-1)!.endedAt).toBe(endedAt)
        for (const [i, r] of log.entries()) {
          expect(r.endedAt).toBeGreaterThanOrEqual(r.startedAt)
          if (i > 0) expect(r.startedAt).toBe(log[i - 1]!.endedAt)
          const step = t.plan.steps[r.stepIndex]!
          if (r.outcome === 'capped') {
            const after = log[i + 1]
            if (after) expect(t.plan.steps[after.stepIndex]!.block).not.toBe(step.block)
          }
          if (r.overrunMs !== undefined) expect(step.window).toBeDefined()
        }
        const starts = t.cues.filter((x) => x.type === 'stepStart').map((x) => x.stepIndex)
        expect(starts).toEqual(log.map((r) => r.stepIndex))
      }),
      { numRuns: 200 }
    )
  })
})
