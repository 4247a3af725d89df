// A circuit's line in the circuit list: its total time and manual steps come from the compiled plan.
import { compilePlan } from '../engine/plan'
import type { Circuit } from '../model/circuit'
import type { CircuitSummary } from '../model/circuitSummary'

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
