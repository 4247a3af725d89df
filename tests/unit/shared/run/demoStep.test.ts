// The run screen's demo: the move being done in work, the coming move in every break, still until the
// session runs, and nothing for a move without a library id.
import { describe, expect, it } from 'vitest'
import { demoStepOf } from '@shared/run/demoStep'
import { circuit, exercise } from '@tests/unit/helpers/circuits'
import { runHarness } from '@tests/unit/helpers/runHarness'

/** 5 s get ready; Rows 10 s, rest 5 s, a one-sided lunge 10 s a side with a 5 s switch; a custom move. */
const PLAN = circuit({ prepareSec: 5, defaults: { workSec: 10, restSec: 5 } }, [
  {
    id: 'b1',
    rounds: 1,
    restBetweenRoundsSec: 0,
    exercises: [
      exercise('Rows', { libraryId: 'bent-over-row' }),
      exercise('Lunge', { libraryId: 'reverse-lunge', sides: true, switchSec: 5 }),
      exercise('My own thing'),
    ],
  },
])

function opened() {
  const h = runHarness()
  h.send({ type: 'open', circuit: PLAN })
  return h
}

describe('which move the run screen demonstrates', () => {
  it('before the start, the first move, held still', () => {
    expect(demoStepOf(opened().view())).toEqual({
      exerciseId: 'bent-over-row',
      side: 'left',
      still: true,
    })
  })

  it('in get ready and in work, the move; in a rest, the next move', async () => {
    const h = opened()
    h.send({ type: 'start' })
    expect(demoStepOf(h.view())).toMatchObject({ exerciseId: 'bent-over-row', still: false })
    await h.advance(5_000)
    expect(h.view().step.kind).toBe('work')
    expect(demoStepOf(h.view())?.exerciseId).toBe('bent-over-row')
    await h.advance(10_000)
    expect(h.view().step.kind).toBe('rest')
    expect(demoStepOf(h.view())).toMatchObject({ exerciseId: 'reverse-lunge', side: 'left' })
  })

  it('a switch shows the second side; pausing holds the figure still', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(5_000 + 10_000 + 5_000 + 10_000)
    expect(h.view().step.kind).toBe('switch')
    expect(demoStepOf(h.view())).toMatchObject({ exerciseId: 'reverse-lunge', side: 'right' })
    h.send({ type: 'toggle' })
    expect(demoStepOf(h.view())?.still).toBe(true)
  })

  it('a move of the user’s own without a library id has no demo', async () => {
    const h = opened()
    h.send({ type: 'start' })
    await h.advance(5_000 + 10_000 + 5_000 + 10_000 + 5_000 + 10_000 + 5_000)
    expect(h.view().step.label).toBe('My own thing')
    expect(demoStepOf(h.view())).toBeNull()
  })
})
