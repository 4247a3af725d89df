// A finished (or stopped) session as history keeps it: a snapshot of the circuit and what really happened.
import { z } from 'zod'
import { CategorySchema, CircuitSchema } from './circuit'
import { BlockScoreSchema } from './score'

export const SESSION_SCHEMA_VERSION = 1

export const StepKindSchema = z.enum([
  'prepare',
  'warmup',
  'work',
  'rest',
  'roundRest',
  'switch',
  'cooldown',
])
export const StepOutcomeSchema = z.enum([
  'completed',
  'skipped',
  'restarted',
  'rewound',
  'stopped',
  'interrupted',
  'capped',
])

const ms = z
  .number()
  .finite()
  .min(0)
  .max(7 * 24 * 3600 * 1000)
const isoDateTime = z.iso.datetime({ offset: true })

export const SessionStepSchema = z
  .object({
    stepIndex: z.number().int().min(0).max(100_000),
    kind: StepKindSchema,
    label: z.string().max(120),
    exerciseName: z.string().max(80).optional(),
    libraryId: z.string().max(64).optional(),
    side: z.enum(['left', 'right']).optional(),
    block: z.number().int().min(1).max(50).optional(),
    round: z.number().int().min(1).max(100).optional(),
    /** null for manual (rep) steps. */
    plannedMs: ms.nullable(),
    /** When the step began, from the session's start. */
    startOffsetMs: ms,
    /** Time spent in the step, pauses excluded. */
    actualMs: ms,
    pausedMs: ms,
    addedMs: z.number().finite().min(-ms.maxValue!).max(ms.maxValue!),
    outcome: StepOutcomeSchema,
    /** EMOM: the move was done this long after its window ended. */
    overrunMs: ms.optional(),
  })
  .strict()
export type SessionStep = z.infer<typeof SessionStepSchema>

export const LoadUnitSchema = z.enum(['kg', 'lb', 'band'])
export const ExerciseLoadSchema = z
  .object({
    entryId: z.string().min(1).max(64),
    exerciseName: z.string().max(80),
    value: z.number().finite().min(0).max(1000),
    unit: LoadUnitSchema,
  })
  .strict()
export type ExerciseLoad = z.infer<typeof ExerciseLoadSchema>

export const EnergySchema = z
  .object({
    kcal: z.number().finite().min(0).max(100_000),
    bodyWeightKg: z.number().min(20).max(400),
  })
  .strict()

export const SessionSchema = z
  .object({
    schemaVersion: z.literal(SESSION_SCHEMA_VERSION),
    id: z.string().min(8).max(64),
    circuit: CircuitSchema,
    startedAt: isoDateTime,
    endedAt: isoDateTime,
    timeZone: z.string().min(1).max(64),
    status: z.enum(['completed', 'stopped']),
    steps: z.array(SessionStepSchema).max(20_000),
    roundsCompleted: z.number().int().min(0).max(10_000),
    activeMs: ms,
    pausedMs: ms,
    rpe: z.number().int().min(1).max(10).nullable(),
    note: z.string().max(2000),
    loads: z.array(ExerciseLoadSchema).max(200),
    energy: EnergySchema.nullable(),
    /** One per EMOM, AMRAP or For Time block reached; absent when the circuit has none. */
    scores: z.array(BlockScoreSchema).max(50).optional(),
  })
  .strict()
export type Session = z.infer<typeof SessionSchema>

/** What the history list shows per row; kept in memory for every session. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  circuitId: z.string(),
  circuitName: z.string(),
  category: CategorySchema,
  color: z.string().optional(),
  startedAt: z.string(),
  endedAt: z.string(),
  timeZone: z.string(),
  status: z.enum(['completed', 'stopped']),
  activeMs: z.number(),
  roundsCompleted: z.number(),
  rpe: z.number().nullable(),
  kcal: z.number().nullable(),
  steps: z.number(),
  skippedSteps: z.number(),
  scores: z.array(BlockScoreSchema).optional(),
  /** Logged loads (weight or band level) per exercise, for progress over time. */
  loads: z
    .array(z.object({ exerciseName: z.string(), value: z.number(), unit: z.string() }))
    .optional(),
})
export type SessionSummary = z.infer<typeof SessionSummarySchema>

export function summarize(session: Session): SessionSummary {
  return {
    id: session.id,
    circuitId: session.circuit.id,
    circuitName: session.circuit.name,
    category: session.circuit.category,
    ...(session.circuit.color ? { color: session.circuit.color } : {}),
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    timeZone: session.timeZone,
    status: session.status,
    activeMs: session.activeMs,
    roundsCompleted: session.roundsCompleted,
    rpe: session.rpe,
    kcal: session.energy?.kcal ?? null,
    steps: session.steps.length,
    skippedSteps: session.steps.filter((s) => s.outcome === 'skipped').length,
    ...(session.loads.length ? { loads: summaryLoads(session.loads) } : {}),
    ...(session.scores?.length ? { scores: session.scores } : {}),
  }
}

export const summaryLoads = (loads: readonly ExerciseLoad[]) =>
  loads.map((l) => ({ exerciseName: l.exerciseName, value: l.value, unit: l.unit }))

export const SessionAnnotationSchema = z
  .object({
    id: z.string().min(8).max(64),
    rpe: z.number().int().min(1).max(10).nullable().optional(),
    note: z.string().max(2000).optional(),
    loads: z.array(ExerciseLoadSchema).max(200).optional(),
  })
  .strict()
export type SessionAnnotation = z.infer<typeof SessionAnnotationSchema>

export const HistoryFilterSchema = z
  .object({
    circuitId: z.string().max(64).optional(),
    category: CategorySchema.optional(),
    status: z.enum(['completed', 'stopped']).optional(),
    /** Inclusive range on the session's start, as ISO date-times. */
    from: isoDateTime.optional(),
    to: isoDateTime.optional(),
    /** Inclusive range of local calendar days (YYYY-MM-DD), each session's own day where it was done. */
    fromDay: z.iso.date().optional(),
    toDay: z.iso.date().optional(),
  })
  .strict()
export type HistoryFilter = z.infer<typeof HistoryFilterSchema>

export const HistoryPageRequestSchema = z
  .object({
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(50),
    filter: HistoryFilterSchema.optional(),
  })
  .strict()
export type HistoryPageRequest = z.input<typeof HistoryPageRequestSchema>

export const HistoryPageSchema = z.object({
  total: z.number(),
  items: z.array(SessionSummarySchema),
})
export type HistoryPage = z.infer<typeof HistoryPageSchema>
