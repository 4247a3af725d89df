// The user's circuits, in electron-store; one damaged circuit never costs the others.
import { z } from 'zod'
import { AppError } from '@shared/ipc/result'
import { CircuitSchema, type Circuit } from '@shared/model/circuit'
import { openDocument, type BackendFactory, type RecoveryNotice } from './document'
import type { Migration } from './migrations'

export const CIRCUITS_SCHEMA_VERSION = 1
const CircuitsDocSchema = z.object({
  schemaVersion: z.literal(CIRCUITS_SCHEMA_VERSION),
  circuits: z.array(CircuitSchema),
})
type CircuitsDoc = z.infer<typeof CircuitsDocSchema>

export const CIRCUITS_MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: the first versioned format; an unversioned file is taken as it is.
  (doc) => ({ circuits: [], ...doc }),
]

export interface CircuitsStore {
  list(): Circuit[]
  get(id: string): Circuit
  /** Inserts or replaces by id. */
  put(circuit: Circuit): Circuit
  remove(id: string): Circuit
  readonly path: string
}

export function createCircuitsStore(
  dir: string,
  backend: BackendFactory,
  onRecovered: (notice: RecoveryNotice) => void
): CircuitsStore {
  const doc = openDocument<CircuitsDoc>({
    dir,
    name: 'circuits',
    schema: CircuitsDocSchema,
    defaults: { schemaVersion: CIRCUITS_SCHEMA_VERSION, circuits: [] },
    migrations: CIRCUITS_MIGRATIONS,
    backend,
    onRecovered,
    salvage: salvageCircuits,
  })
  const find = (id: string) => {
    const circuit = doc.read().circuits.find((c) => c.id === id)
    if (!circuit)
      throw new AppError('not-found', 'That circuit no longer exists (it may have been deleted).')
    return circuit
  }
  return {
    path: doc.path,
    list: () => doc.read().circuits,
    get: find,
    put(circuit) {
      const circuits = doc.read().circuits
      const index = circuits.findIndex((c) => c.id === circuit.id)
      const next =
        index === -1 ? [...circuits, circuit] : circuits.map((c, i) => (i === index ? circuit : c))
      doc.write({ schemaVersion: CIRCUITS_SCHEMA_VERSION, circuits: next })
      return circuit
    },
    remove(id) {
      const circuit = find(id)
      doc.write({
        schemaVersion: CIRCUITS_SCHEMA_VERSION,
        circuits: doc.read().circuits.filter((c) => c.id !== id),
      })
      return circuit
    },
  }
}

/** Keeps every circuit that is still valid when some are not. */
function salvageCircuits(migrated: unknown): { value: CircuitsDoc; dropped: string } | null {
  if (typeof migrated !== 'object' || migrated === null) return null
  const list = (migrated as { circuits?: unknown }).circuits
  if (!Array.isArray(list)) return null
  const good = list.flatMap((c) => {
    const parsed = CircuitSchema.safeParse(c)
    return parsed.success ? [parsed.data] : []
  })
  const bad = list.length - good.length
  const names = list
    .filter((c) => !CircuitSchema.safeParse(c).success)
    .map((c) =>
      typeof c === 'object' && c && typeof (c as { name?: unknown }).name === 'string'
        ? `"${(c as { name: string }).name}"`
        : 'one without a name'
    )
  return {
    value: { schemaVersion: CIRCUITS_SCHEMA_VERSION, circuits: good },
    dropped: `${bad} circuit${bad === 1 ? '' : 's'} could not be read (${names.slice(0, 3).join(', ')}); the other ${good.length} were kept`,
  }
}
