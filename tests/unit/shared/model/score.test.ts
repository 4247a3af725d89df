// Scores from sessions really run on the simulated clock, and which score is a personal record.
import { describe, expect, it } from 'vitest'
import { buildSession } from '@shared/history/sessionRecord'
import { compareScores, scoreText, type BlockScore } from '@shared/model/score'
import { summarize, type Session } from '@shared/model/session'
import { toSessionStep } from '@shared/engine/sessionSteps'
import { beats, personalRecords } from '@shared/history/records'
import type { Block, BlockFormat, Circuit } from '@shared/model/circuit'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runTimer } from '@tests/unit/helpers/timer'

const reps = (name: string, n: number) => exercise(name, { mode: 'reps', reps: n })
const formatCircuit = (format: BlockFormat, exercises: Block['exercises'], rounds = 1) =>
  circuit({ prepareSec: 0, defaults: { workSec: 30, restSec: 0 } }, [
    { id: 'b', rounds, restBetweenRoundsSec: 0, format, exercises },
  ])

/** Runs the circuit, pressing Done at each of `dones` (ms from the start), then lets it end. */
function session(c: Circuit, dones: number[], id = 'session-0001', day = 20): Session {
  const t = runTimer(c)
  t.send('START')
  for (const at of dones) {
    t.advance(at - t.clock.now())
    t.send('DONE')
  }
  while (t.status() === 'active') t.advance(1_000)
  const ctx = t.ctx()
  return buildSession({
    id,
    circuit: c,
    startedAt: `2026-11-${day}T07:00:00.000+01:00`,
    timeZone: 'Europe/Paris',
    steps: ctx.log.map((r) => toSessionStep(t.plan, r, ctx.startedAt)),
    status: 'completed',
  })
}

const AMRAP = formatCircuit({ type: 'amrap', capSec: 300 }, [
  reps('Push-ups', 10),
  reps('Swings', 15),
])

describe('scores', () => {
  it('AMRAP: rounds plus the reps of the round the cap cut short', () => {
    // Done every 40 s: 7 moves by 4:40, so 3 rounds and the first move of the fourth.
    const s = session(
      AMRAP,
      [40, 80, 120, 160, 200, 240, 280].map((x) => x * 1000)
    )
    expect(s.scores).toEqual([{ format: 'amrap', block: 1, rounds: 3, reps: 10 }])
    expect(scoreText(s.scores![0]!)).toBe('3 rounds + 10 reps')
  })

  it('For Time: the time to the last Done, or capped with the reps done', () => {
    const c = formatCircuit({ type: 'forTime', capSec: 120 }, [reps('Rows', 10)], 3)
    const fast = session(c, [30_000, 60_000, 95_000])
    expect(fast.scores).toEqual([
      { format: 'forTime', block: 1, timeMs: 95_000, reps: 30, totalReps: 30 },
    ])
    expect(scoreText(fast.scores![0]!)).toBe('1:35')
    const capped = session(c, [50_000, 100_000])
    expect(capped.scores![0]).toMatchObject({ timeMs: null, reps: 20 })
    expect(scoreText(capped.scores![0]!)).toBe('capped at 20 of 30 reps')
    expect(compareScores(fast.scores![0]!, capped.scores![0]!)).toBeGreaterThan(0)
  })

  it('EMOM: windows made on time, and the overrun', () => {
    const c = formatCircuit({ type: 'emom', windowSec: 60, windows: 3 }, [reps('Burpees', 8)])
    // Window 2 is done 5 s after its minute ended; window 3 starts at once.
    const s = session(c, [20_000, 125_000, 130_000])
    expect(s.scores).toEqual([
      { format: 'emom', block: 1, windows: 3, onTime: 2, overrunMs: 5_000 },
    ])
    expect(scoreText(s.scores![0]!)).toBe('2 of 3 windows on time (5 s over)')
  })

  it('interval circuits have none', () => {
    expect(session(circuit({ prepareSec: 0 }), []).scores).toBeUndefined()
  })
})

describe('personal records', () => {
  it('are the best completed score per block, and a better one beats it', () => {
    const first = session(AMRAP, [60_000, 120_000, 180_000], 'session-0001', 18)
    const second = session(AMRAP, [40_000, 80_000, 120_000, 160_000], 'session-0002', 19)
    const stopped = {
      ...session(AMRAP, [10_000, 20_000, 30_000, 40_000, 50_000], 'session-0003', 20),
      status: 'stopped' as const,
    }
    const summaries = [first, second, stopped].map(summarize)
    const [record] = personalRecords(summaries)
    expect(record).toMatchObject({ sessionId: 'session-0002', score: { rounds: 2, reps: 0 } })
    // Leaving the session itself out: did it beat what came before?
    const before = personalRecords(summaries, 'session-0002')[0]
    expect(before?.sessionId).toBe('session-0001')
    expect(beats(second.scores![0] as BlockScore, before)).toBe(true)
    expect(beats(first.scores![0] as BlockScore, record)).toBe(false)
    expect(beats(first.scores![0] as BlockScore, undefined)).toBe(false)
  })
})

describe('scores in exports', () => {
  it('CSV has a score cell per session', async () => {
    const { sessionCsvRow, SESSION_CSV_HEADER } = await import('@shared/history/csv')
    const s = session(AMRAP, [40_000, 80_000, 120_000])
    expect(SESSION_CSV_HEADER.trim().split(',').at(-1)).toBe('score')
    expect(sessionCsvRow(s).trim().split(',').at(-1)).toBe('AMRAP 1 round + 10 reps')
  })
})
