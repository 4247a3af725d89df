// What the run screen shows in a format block: EMOM's window countdown then its overrun, AMRAP's cap
// counting down, For Time's own clock counting up.
import { ENGLISH_WORDS } from '@tests/unit/helpers/wording'
import { describe, expect, it } from 'vitest'
import { clockFaceAt } from '@shared/run/clockFace'
import { runWords } from '@shared/run/words'
import type { Block, BlockFormat } from '@shared/model/circuit'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'

const reps = (name: string, n: number) => exercise(name, { mode: 'reps', reps: n })
const formatCircuit = (format: BlockFormat, exercises: Block['exercises'], rounds = 1) =>
  circuit({ prepareSec: 0, defaults: { workSec: 30, restSec: 0 } }, [
    { id: 'b', rounds, restBetweenRoundsSec: 0, format, exercises },
  ])

async function started(c: ReturnType<typeof formatCircuit>) {
  const h = runHarness()
  h.send({ type: 'open', circuit: c })
  h.send({ type: 'start' })
  await h.advance(0)
  return h
}
const digitsAt = (h: Awaited<ReturnType<typeof started>>) =>
  clockFaceAt(h.view(), h.clock.now()).digits

describe('format digits and words', () => {
  it('EMOM: the move counts down to the window end, then counts the overrun', async () => {
    const h = await started(
      formatCircuit({ type: 'emom', windowSec: 60, windows: 12 }, [reps('Burpees', 8)])
    )
    expect(runWords(h.view(), ENGLISH_WORDS).where).toBe('Window 1/12')
    await h.advance(20_000)
    expect(digitsAt(h)).toBe('0:40')
    await h.advance(45_000)
    expect(digitsAt(h)).toBe('+0:05')
    h.send({ type: 'done' })
    expect(runWords(h.view(), ENGLISH_WORDS).where).toBe('Window 2/12')
  })

  it('AMRAP: the cap counts down and the round has no total', async () => {
    const h = await started(formatCircuit({ type: 'amrap', capSec: 900 }, [reps('Push-ups', 10)]))
    await h.advance(25_000)
    expect(digitsAt(h)).toBe('14:35')
    expect(h.view().format).toMatchObject({ type: 'amrap', round: 1, canRoundDone: true })
    h.send({ type: 'roundDone' })
    expect(runWords(h.view(), ENGLISH_WORDS).where).toBe('Round 2 · Exercise 1/1')
  })

  it('For Time: its own clock counts up across moves, and says the rounds left', async () => {
    const h = await started(formatCircuit({ type: 'forTime', capSec: 600 }, [reps('Rows', 10)], 3))
    await h.advance(30_000)
    h.send({ type: 'done' })
    await h.advance(12_000)
    expect(digitsAt(h)).toBe('0:42')
    expect(h.view().format).toMatchObject({ roundsLeft: 1, capMs: 600_000 })
  })
})
