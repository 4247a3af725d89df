// File formats for sharing: a circuit export and a history export, both versioned envelopes.
import { z } from 'zod'
import { CircuitSchema, type Circuit } from './circuit'
import { SessionSchema } from './session'
import { problemsOf, type Problem } from './validateCircuit'

export const CIRCUIT_FILE_FORMAT = 'cadence-circuit'
export const HISTORY_FILE_FORMAT = 'cadence-history'
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_HISTORY_IMPORT_BYTES = 200 * 1024 * 1024

export const CircuitFileSchema = z.object({
  format: z.literal(CIRCUIT_FILE_FORMAT),
  version: z.literal(1),
  circuit: CircuitSchema,
})

export const HistoryFileSchema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  sessions: z.array(SessionSchema),
})

export function circuitFile(circuit: Circuit): z.infer<typeof CircuitFileSchema> {
  return { format: CIRCUIT_FILE_FORMAT, version: 1, circuit }
}

/** Text without the byte-order mark some editors (Windows Notepad) put at its start. */
export const withoutBom = (text: string): string =>
  text.charCodeAt(0) === 0xfeff ? text.slice(1) : text

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
  const parsed = isEnvelope ? CircuitFileSchema.safeParse(data) : CircuitSchema.safeParse(data)
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
