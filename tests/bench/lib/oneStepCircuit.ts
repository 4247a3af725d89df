// A circuit of one long timed step, for benchmarks that watch a session run.
import type { Circuit } from '@shared/model/circuit'

export function oneStepCircuit(id: string, name: string, workSec: number): Circuit {
  return {
    schemaVersion: 1,
    id,
    name,
    category: 'hiit',
    prepareSec: 0,
    defaults: { workSec, restSec: 0 },
    blocks: [
      {
        id: 'b',
        rounds: 1,
        restBetweenRoundsSec: 0,
        exercises: [{ id: 'a', name: 'Long plank', mode: 'timed' as const }],
      },
    ],
    createdAt: '2026-11-21T07:00:00.000Z',
    updatedAt: '2026-11-21T07:00:00.000Z',
  }
}
