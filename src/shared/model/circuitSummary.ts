// What the circuit list shows per circuit (worked out in circuits/summarizeCircuit.ts), and its order.
import { z } from 'zod'
import { CategorySchema } from './circuit'

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

/** Most recently used first; never-used circuits after, most recently edited first. */
export function byLastUsed(a: CircuitSummary, b: CircuitSummary): number {
  const used = (b.lastUsedAt ?? '').localeCompare(a.lastUsedAt ?? '')
  return used !== 0 ? used : b.updatedAt.localeCompare(a.updatedAt)
}
