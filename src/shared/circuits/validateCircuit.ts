// A circuit that can be run: the model's structural schema plus the plan's limits, which need the compiler.
// Kept out of model so model stays at the bottom, and so history and the journal, which hold circuits that
// were already run, never compile a plan just to read them.
import { planLimitProblem } from '../engine/plan'
import { CircuitSchema, MAX_EXERCISES, type Circuit } from '../model/circuit'
import { problemsOf, type Problem } from '../model/problems'

/** What the builder saves and an import brings in: legal part by part, and not absurd as a whole. */
export const RunnableCircuitSchema = CircuitSchema.superRefine((circuit, ctx) => {
  const count = circuit.blocks.reduce((n, b) => n + b.exercises.length, 0)
  // 50 blocks x 100 rounds of 2-hour steps is legal part by part: the compiler says when it is too much.
  const tooLarge = count <= MAX_EXERCISES ? planLimitProblem(circuit) : null
  if (tooLarge) {
    ctx.addIssue({
      code: 'custom',
      path: ['blocks'],
      message: tooLarge.message,
      params: { check: tooLarge.check, max: tooLarge.max },
    })
  }
})

export type Validation = { ok: true; circuit: Circuit } | { ok: false; problems: Problem[] }

export function validateCircuit(input: unknown): Validation {
  const parsed = RunnableCircuitSchema.safeParse(input)
  if (parsed.success) return { ok: true, circuit: parsed.data }
  return { ok: false, problems: problemsOf(parsed.error) }
}
