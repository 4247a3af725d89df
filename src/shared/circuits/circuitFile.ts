// The circuit file a user shares: a versioned envelope to write, and untrusted text to read back.
import { z } from 'zod'
import type { Circuit } from '../model/circuit'
import { problemsOf, type Problem } from '../model/problems'
import { withoutBom } from '../model/safeText'
import { RunnableCircuitSchema } from './validateCircuit'

export const CIRCUIT_FILE_FORMAT = 'cadence-circuit'
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

export const CircuitFileSchema = z.object({
  format: z.literal(CIRCUIT_FILE_FORMAT),
  version: z.literal(1),
  circuit: RunnableCircuitSchema,
})

export function circuitFile(circuit: Circuit): z.infer<typeof CircuitFileSchema> {
  return { format: CIRCUIT_FILE_FORMAT, version: 1, circuit }
}

export type ImportResult<T> =
  { ok: true; value: T } | { ok: false; message: string; problems: Problem[] }

/** Parses untrusted text as a circuit: an export envelope or a bare circuit. Never throws. */
export function parseCircuitText(text: string): ImportResult<Circuit> {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `The file is too large to be a circuit (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
      problems: [],
    }
  }
  let data: unknown
  try {
    data = JSON.parse(withoutBom(text))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, message: `The file is not valid JSON (${detail}).`, problems: [] }
  }
  const isEnvelope = typeof data === 'object' && data !== null && 'format' in data
  const parsed = isEnvelope
    ? CircuitFileSchema.safeParse(data)
    : RunnableCircuitSchema.safeParse(data)
  if (parsed.success) {
    return { ok: true, value: 'circuit' in parsed.data ? parsed.data.circuit : parsed.data }
  }
  const problems = problemsOf(parsed.error)
  const first = problems[0]
  return {
    ok: false,
    message: `This is not a Cadence circuit: ${first ? `${first.where}: ${first.message}` : 'unknown problem'}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}.`,
    problems,
  }
}
