// What the circuit list shows per circuit, derived from the circuit and its compiled plan.
import { z } from 'zod'
import { compilePlan } from '../engine/plan'
import { CategorySchema, type Circuit } from './circuit'

export const CircuitSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  color: z.string().optional(),
  category: CategorySchema,
  totalMs: z.number(),
  exercises: z.number(),
  manualSteps: z.number(),
  updatedAt: z.string(),
  lastUsedAt: z.string().optional(),
})
export type CircuitSummary = z.infer<typeof CircuitSummarySchema>

export function summarizeCircuit(circuit: Circuit): CircuitSummary {
  const plan = compilePlan(circuit)
  return {
    id: circuit.id,
    name: circuit.name,
    ...(circuit.description ? { description: circuit.description } : {}),
    ...(circuit.color ? { color: circuit.color } : {}),
    category: circuit.category,
    totalMs: plan.totals.durationMs,
    exercises: circuit.blocks.reduce((n, b) => n + b.exercises.length, 0),
    manualSteps: plan.totals.manualSteps,
    updatedAt: circuit.updatedAt,
    ...(circuit.lastUsedAt ? { lastUsedAt: circuit.lastUsedAt } : {}),
  }
}

/** Most recently used first; never-used circuits after, most recently edited first. */
export function byLastUsed(a: CircuitSummary, b: CircuitSummary): number {
  const used = (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? '')
  return used !== 0 ? used : b.updatedAt.localeCompare(a.updatedAt)
}
