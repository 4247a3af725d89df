import { describe, expect, it } from 'vitest'
import {
  blankCircuit,
  NEW_CIRCUIT_COLOUR,
  problemKey,
  removeBlock,
  removeExercise,
  roundRestReplacesRest,
  showsBlockTimings,
  undoRemoval,
  visibleProblems,
  type ShowState,
} from '@shared/model/builder'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import type { Problem } from '@shared/model/problems'
import { circuit, exercise } from '@tests/unit/helpers/circuits'

const problem = (path: string, message = 'bad'): Problem => ({
  path,
  where: 'Circuit',
  message,
  check: { code: 'other', field: path, values: {} },
  places: [],
})
const fresh = (baseline: Problem[] = []): ShowState => ({
  attempted: false,
  blurred: new Set(),
  baseline: new Set(baseline.map(problemKey)),
  editing: null,
})

describe('which problems the editor shows', () => {
  const empty = problem('blocks.0.exercises', 'A block needs at least one exercise')

  it("shows none of a new circuit's problems until Save is pressed", () => {
    const c = blankCircuit('c', '2026-11-21T10:00:00.000Z', 10)
    const result = validateCircuit(c)
    const problems = result.ok ? [] : result.problems
    expect(problems).toHaveLength(1)
    expect(visibleProblems(problems, fresh(problems))).toEqual([])
    expect(visibleProblems(problems, { ...fresh(problems), attempted: true })).toEqual(problems)
  })

  it('waits until the user leaves the field being typed in', () => {
    const name = problem('name', 'Name cannot be empty')
    expect(visibleProblems([name], { ...fresh(), editing: 'name' })).toEqual([])
    expect(visibleProblems([name], { ...fresh(), blurred: new Set(['name']) })).toEqual([name])
  })

  it('shows at once a problem an edit elsewhere caused', () => {
    const tooLong = problem('blocks.0.exercises.0.workSec', 'longer than the window')
    expect(
      visibleProblems([empty, tooLong], { ...fresh([empty]), editing: 'blocks.0.format.windowSec' })
    ).toEqual([tooLong])
  })

  it('shows a baseline problem once its own field was left', () => {
    expect(
      visibleProblems([empty], { ...fresh([empty]), blurred: new Set(['blocks.0.exercises']) })
    ).toEqual([empty])
  })
})

describe('removing and undoing', () => {
  const c = circuit({}, [
    { id: 'a', rounds: 2, restBetweenRoundsSec: 30, exercises: [exercise('One'), exercise('Two')] },
    { id: 'b', rounds: 1, restBetweenRoundsSec: 0, exercises: [exercise('Three')] },
  ])

  it('puts an exercise back where it was, keeping edits made since', () => {
    const removed = removeExercise(c, 'a', 0)!
    expect(removed.circuit.blocks[0]!.exercises.map((e) => e.name)).toEqual(['Two'])
    const edited = { ...removed.circuit, name: 'Renamed' }
    const back = undoRemoval(edited, removed.removal)
    expect(back.name).toBe('Renamed')
    expect(back.blocks[0]!.exercises.map((e) => e.name)).toEqual(['One', 'Two'])
  })

  it('puts a block back in its place, and never removes the last one', () => {
    const removed = removeBlock(c, 0)!
    expect(removed.circuit.blocks.map((b) => b.id)).toEqual(['b'])
    expect(undoRemoval(removed.circuit, removed.removal).blocks.map((b) => b.id)).toEqual([
      'a',
      'b',
    ])
    expect(removeBlock(removed.circuit, 0)).toBeNull()
    expect(removeExercise(c, 'a', 5)).toBeNull()
  })
})

describe('what the editor asks for', () => {
  it('gives a new circuit the colour the list shows', () => {
    expect(blankCircuit('c', '2026-11-21T10:00:00.000Z', 10).color).toBe(NEW_CIRCUIT_COLOUR)
  })

  it('asks for block timings only with several blocks, or where they are set', () => {
    const one = circuit()
    expect(showsBlockTimings(one, one.blocks[0]!)).toBe(false)
    expect(showsBlockTimings(one, { ...one.blocks[0]!, workSec: 30 })).toBe(true)
    const two = { ...one, blocks: [one.blocks[0]!, { ...one.blocks[0]!, id: 'b2' }] }
    expect(showsBlockTimings(two, two.blocks[0]!)).toBe(true)
  })

  it("says the round rest replaces the last move's rest", () => {
    const block = circuit().blocks[0]!
    expect(roundRestReplacesRest(block, 2)).toBe(true)
    expect(roundRestReplacesRest(block, 1)).toBe(false)
    expect(roundRestReplacesRest({ ...block, rounds: 1 }, 2)).toBe(false)
    expect(roundRestReplacesRest({ ...block, restBetweenRoundsSec: 0 }, 2)).toBe(false)
  })
})
