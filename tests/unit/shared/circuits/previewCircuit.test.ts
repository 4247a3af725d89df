import { describe, expect, it } from 'vitest'
import { previewOf } from '@shared/circuits/previewCircuit'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import type { Circuit } from '@shared/model/circuit'
import { circuit, exercise } from '@tests/unit/helpers/circuits'

const problemsOf = (c: Circuit) => {
  const result = validateCircuit(c)
  return result.ok ? [] : result.problems
}

describe('the preview of a circuit with problems', () => {
  const twoBlocks = circuit({}, [
    { id: 'a', rounds: 2, restBetweenRoundsSec: 30, exercises: [exercise('One')] },
    { id: 'b', rounds: 1, restBetweenRoundsSec: 0, exercises: [exercise('Two')] },
  ])

  it('shows a valid circuit whole', () => {
    expect(previewOf(twoBlocks, [])).toEqual({ circuit: twoBlocks, leftOut: [], without: [] })
  })

  it('leaves out only the block that is wrong', () => {
    const bad = {
      ...twoBlocks,
      blocks: [twoBlocks.blocks[0]!, { ...twoBlocks.blocks[1]!, rounds: Number.NaN }],
    }
    const part = previewOf(bad, problemsOf(bad))
    expect(part.leftOut).toEqual([1])
    expect(part.circuit?.blocks.map((b) => b.id)).toEqual(['a'])
  })

  it('keeps the blocks when only the name or a circuit-wide timing is wrong', () => {
    const bad = { ...twoBlocks, name: '', prepareSec: -3, warmup: { durationSec: 0 } }
    const part = previewOf(bad, problemsOf(bad))
    expect(part.leftOut).toEqual([])
    expect(part.without).toEqual(['prepare', 'warmup'])
    expect(part.circuit?.blocks).toHaveLength(2)
  })

  it('shows nothing when every block is wrong or the defaults are', () => {
    const empty = circuit({}, [{ id: 'a', rounds: 1, restBetweenRoundsSec: 0, exercises: [] }])
    expect(previewOf(empty, problemsOf(empty)).circuit).toBeNull()
    const noWork = { ...twoBlocks, defaults: { workSec: Number.NaN, restSec: 20 } }
    expect(previewOf(noWork, problemsOf(noWork)).circuit).toBeNull()
  })
})
