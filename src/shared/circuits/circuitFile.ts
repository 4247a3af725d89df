// The circuit file a user shares: a versioned envelope to write, and untrusted text to read back.
import { z } from 'zod'
import type { Circuit } from '../model/circuit'
import { MediaRefSchema, type MediaRef } from '../model/media'
import { problemsOf, type Problem } from '../model/problems'
import { withoutBom } from '../model/safeText'
import { RunnableCircuitSchema } from './validateCircuit'

export const CIRCUIT_FILE_FORMAT = 'cadence-circuit'
/** Larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

/**
 * The user's pictures and videos the circuit's moves show, named (exercise, content hash, file name) but
 * never embedded: a circuit file stays small and shareable, and says so in `note`. Optional, so files from
 * before it (and other tools) still read; an import reads it and ignores it.
 */
export const CircuitMediaSchema = z.object({
  note: z.string(),
  items: z.array(MediaRefSchema.extend({ exerciseId: z.string().max(64) })),
})
export type CircuitMedia = z.infer<typeof CircuitMediaSchema>

export const CircuitFileSchema = z.object({
  format: z.literal(CIRCUIT_FILE_FORMAT),
  version: z.literal(1),
  circuit: RunnableCircuitSchema,
  media: CircuitMediaSchema.optional(),
})

/** The media the circuit's moves show, once per exercise, in the order the moves come. */
export function mediaOfCircuit(
  circuit: Circuit,
  media: Readonly<Record<string, MediaRef>>
): CircuitMedia['items'] {
  const ids = circuit.blocks.flatMap((b) => b.exercises.map((e) => e.libraryId))
  return [...new Set(ids)].flatMap((id) => {
    const ref = id === undefined ? undefined : media[id]
    if (!ref || !id) return []
    const { hash, type, name, bytes } = ref
    return [{ exerciseId: id, hash, type, name, bytes }]
  })
}

/** The file to write; `media` names the user's pictures and videos its moves show, with the note. */
export function circuitFile(
  circuit: Circuit,
  media?: { items: CircuitMedia['items']; note: string }
): z.infer<typeof CircuitFileSchema> {
  const named = media && media.items.length > 0 ? { media } : {}
  return { format: CIRCUIT_FILE_FORMAT, version: 1, circuit, ...named }
}

/** Why a file is not a circuit, as data for main to word in the app's language (main:import). */
export type ImportRefusal =
  { kind: 'tooLarge'; limitMb: number } | { kind: 'notJson'; detail: string } | { kind: 'invalid' }

export type ImportResult<T> =
  | { ok: true; value: T }
  | { ok: false; message: string; problems: Problem[]; refusal: ImportRefusal }

/** Parses untrusted text as a circuit: an export envelope or a bare circuit. Never throws. */
export function parseCircuitText(text: string): ImportResult<Circuit> {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      message: `The file is too large to be a circuit (over ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`,
      problems: [],
      refusal: { kind: 'tooLarge', limitMb: MAX_IMPORT_BYTES / 1024 / 1024 },
    }
  }
  let data: unknown
  try {
    data = JSON.parse(withoutBom(text))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      message: `The file is not valid JSON (${detail}).`,
      problems: [],
      refusal: { kind: 'notJson', detail },
    }
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
    refusal: { kind: 'invalid' },
  }
}
