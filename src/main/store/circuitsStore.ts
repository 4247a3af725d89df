// The user's circuits, in electron-store; one damaged circuit never costs the others.
import { z } from 'zod'
import { AppError } from '@shared/ipc/result'
import { CircuitSchema, type Circuit } from '@shared/model/circuit'
import { openDocument, type BackendFactory, type RecoveryNotice } from './document'
import type { SharedDocumentOptions } from './document'
import type { Migration } from './migrations'
import { describeDropped, salvageList } from './salvage'
import { t } from '../i18n/mainLanguage'

export const CIRCUITS_SCHEMA_VERSION = 1
export const CircuitsDocSchema = z.object({
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
  onRecovered: (notice: RecoveryNotice) => void,
  shared: SharedDocumentOptions = {}
): CircuitsStore {
  const doc = openDocument<CircuitsDoc>({
    dir,
    name: 'circuits',
    schema: CircuitsDocSchema,
    defaults: { schemaVersion: CIRCUITS_SCHEMA_VERSION, circuits: [] },
    migrations: CIRCUITS_MIGRATIONS,
    backend,
    onRecovered,
    ...shared,
    salvage: salvageCircuits,
  })
  const find = (id: string) => {
    const circuit = doc.read().circuits.find((c) => c.id === id)
    if (!circuit) throw new AppError('not-found', t('main:store.circuitMissing'))
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
  const salvaged = salvageList((migrated as { circuits?: unknown }).circuits, CircuitSchema)
  if (!salvaged) return null
  return {
    value: { schemaVersion: CIRCUITS_SCHEMA_VERSION, circuits: salvaged.good },
    dropped: describeDropped('circuit', salvaged),
  }
}
