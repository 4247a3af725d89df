import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import { formatClock } from '@shared/model/durations'
import { clockFaceAt } from '@shared/run/clockFace'
import { finishSession } from '@shared/run/finishSession'
import { runWords } from '@shared/run/words'
import { DEFAULT_SETTINGS } from '@shared/model/settings'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'
import { runTimer } from '@tests/unit/helpers/timer'
import { localIso } from '@shared/model/time'

const SHORT = circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
  { id: 'b1', rounds: 2, restBetweenRoundsSec: 0, exercises: [exercise('Rows'), exercise('Dogs')] },
])

describe('the run screen, in words and digits', () => {
  it('formats clocks: counting down shows the second still running, hours when needed', () => {
    expect(formatClock(0, true)).toBe('0:00')
    expect(formatClock(300, true)).toBe('0:01')
    expect(formatClock(3_000, true)).toBe('0:03')
    expect(formatClock(2_999, false)).toBe('0:02')
    expect(formatClock(65_000, false)).toBe('1:05')
    expect(formatClock(3_725_000, false)).toBe('1:02:05')
  })

  it('says what is happening: ready, then the break naming what is next, then the move', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      phase: 'Ready',
      headline: SHORT.name,
      spoken: `Ready: ${SHORT.name}. Press Space to start.`,
    })
    h.send({ type: 'start' })
    await h.advance(100)
    expect(runWords(h.view(), ENGLISH_WORDS)).toMatchObject({
      phase: 'Get ready',
      headline: 'First: Rows',
      next: '10 sec of work',
    })
    await h.advance(5_000)
    const work = runWords(h.view(), ENGLISH_WORDS)
    expect(work).toMatchObject({
      phase: 'Work',
      headline: 'Rows',
      where: 'Round 1/2 · Exercise 1/2',
    })
    expect(work.spoken).toBe('Work: Rows. Round 1/2, Exercise 1/2. Next: Dogs.')
    h.send({ type: 'toggle' })
    expect(runWords(h.view(), ENGLISH_WORDS).spoken).toMatch(/^Paused\. Work: Rows\./)
  })

  it('shows the digits and when they next change, and freezes them while paused', async () => {
    const h = runHarness()
    h.send({ type: 'open', circuit: SHORT })
    h.send({ type: 'start' })
    await h.advance(1_300)
    const now = h.clock.now()
    const shown = clockFaceAt(h.view(), now)
    // 3.7 s left of the 5 s prepare: "0:04" until 3 s are left, 700 ms from now.
    expect(shown.digits).toBe('0:04')
    expect(shown.changesAt).toBe(now + 700)
    expect(shown.total).toBe(formatClock(60_000 - 1_300, true))
    h.send({ type: 'toggle' })
    const paused = clockFaceAt(h.view(), now + 10_000)
    expect(paused.digits).toBe('0:04')
    expect(paused.changesAt).toBeNull()
  })

  it('builds the session history keeps: steps, wall-clock times, energy from body weight', () => {
    const t = runTimer(SHORT)
    t.send('START')
    t.advance(61_000)
    const startedWallMs = Date.UTC(2026, 10, 22, 9)
    const identity = { sessionId: 'session-1234', circuit: SHORT, plan: t.plan, timeZone: 'UTC' }
    const settings = { ...DEFAULT_SETTINGS, bodyWeight: 176, weightUnit: 'lb' as const }
    const session = finishSession({ identity, startedWallMs, timer: t.ctx() }, settings)
    expect(session).toMatchObject({
      id: 'session-1234',
      status: 'completed',
      activeMs: 60_000,
      roundsCompleted: 2,
      startedAt: localIso(startedWallMs),
      endedAt: localIso(startedWallMs + 60_000),
    })
    expect(session.steps).toHaveLength(t.plan.steps.length)
    expect(session.energy!.bodyWeightKg).toBeCloseTo(79.8, 1)
    expect(session.energy!.kcal).toBeGreaterThan(0)
  })
})
