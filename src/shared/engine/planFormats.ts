// Compiles the gym formats into plan steps. EMOM: each window is the move (reps wait for Done, timed runs
// its time) then a rest that lasts until the window's planned end. AMRAP: the moves in order, round after
// round, every step capped at the block's end. For Time: the rounds of rep moves, capped if a cap is set.
// (Types only from the model: circuit.ts imports the plan to check a circuit's size.)
import type { Block, BlockFormat, Circuit } from '../model/circuit'
import { pushWork, type PlanWriter } from './plan'

/** Rounds written out for an AMRAP: more than anyone finishes under a cap, and no more than a session
 * log keeps (a step's round is at most 100, like an EMOM's windows). */
export const AMRAP_ROUNDS = 100

export function compileFormatBlock(
  writer: PlanWriter,
  circuit: Circuit,
  block: Block,
  format: Exclude<BlockFormat, { type: 'intervals' }>,
  blockNumber: number
): void {
  const n = block.exercises.length
  const blockStartMs = writer.plannedMs()
  const where = (round: number, rounds: number, e: number) => ({
    blockStartMs,
    block: blockNumber,
    round,
    rounds,
    exerciseNumber: e + 1,
    exercisesInBlock: n,
    format: format.type,
  })

  if (format.type === 'emom') {
    const windowMs = format.windowSec * 1000
    for (let w = 0; w < format.windows; w++) {
      const e = w % n
      const entry = block.exercises[e]!
      const startMs = writer.plannedMs()
      const window = { number: w + 1, count: format.windows, startMs, endMs: startMs + windowMs }
      const at = { ...where(w + 1, format.windows, e), window }
      pushWork(writer.push, circuit, block, { ...entry, sides: false }, at)
      const left = (window.endMs - writer.plannedMs()) / 1000
      if (left > 0) writer.push('rest', left, { ...at, fillsWindow: true, exercise: undefined })
      writer.setPlannedMs(window.endMs)
    }
    return
  }

  const startMs = writer.plannedMs()
  const first = writer.count()
  // An AMRAP's rounds are written out up front; a long list of moves gets fewer (1,000 steps at most).
  const amrap = format.type === 'amrap'
  const rounds = amrap ? Math.max(1, Math.min(AMRAP_ROUNDS, Math.floor(1000 / n))) : block.rounds
  for (let round = 1; round <= rounds; round++) {
    block.exercises.forEach((entry, e) => {
      pushWork(writer.push, circuit, block, { ...entry, sides: false }, where(round, rounds, e))
    })
    // Every AMRAP round is planned from the block's start: the cap, not the rounds, sets its length.
    if (amrap) writer.setPlannedMs(startMs)
  }
  const capMs = format.capSec === undefined ? null : format.capSec * 1000
  if (capMs === null) return
  const cap = { startMs, endMs: startMs + capMs, afterIndex: writer.count() }
  for (const draft of writer.drafts(first)) draft.cap = cap
  writer.setPlannedMs(cap.endMs)
}
