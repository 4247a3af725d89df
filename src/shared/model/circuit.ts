// The circuit a user builds: blocks of exercises, rounds and rests, validated with limits a person can read.
import { z } from 'zod'
import { UNSAFE_WORDS, unsafeKind } from './safeText'

export const CIRCUIT_SCHEMA_VERSION = 1
export const MAX_EXERCISES = 200
export const MAX_SECONDS = 2 * 60 * 60

const seconds = (what: string) =>
  z
    .number({ error: `${what} must be a number of seconds` })
    .int({ error: `${what} must be a whole number of seconds` })
    .min(1, { error: `${what} must be at least 1 second` })
    .max(MAX_SECONDS, { error: `${what} can be at most 2 hours` })

const restSeconds = (what: string) =>
  z
    .number({ error: `${what} must be a number of seconds` })
    .int({ error: `${what} must be a whole number of seconds` })
    .min(0, { error: `${what} cannot be negative` })
    .max(MAX_SECONDS, { error: `${what} can be at most 2 hours` })

/** A name shown on screen: one line, 1 to 80 characters, nothing invisible. */
export const displayName = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, { error: `${what} cannot be empty` })
    .max(80, { error: `${what} can be at most 80 characters` })
    .superRefine((text, ctx) => unsafeIssue(what, text, false, ctx))

/** Notes may span lines; nothing else invisible is allowed in them either. */
export const noteText = (what: string, max: number, min = 0) =>
  z
    .string({ error: `${what} must be text` })
    .min(min, { error: `${what} cannot be empty` })
    .max(max, { error: `${what} can be at most ${max} characters` })
    .superRefine((text, ctx) => unsafeIssue(what, text, true, ctx))

/** An unsafe character, said in English and named as data (params) for the screen to word. */
function unsafeIssue(what: string, text: string, multiline: boolean, ctx: z.RefinementCtx) {
  const kind = unsafeKind(text, multiline)
  if (kind) {
    ctx.addIssue({
      code: 'custom',
      message: `${what} ${UNSAFE_WORDS[kind]}`,
      params: { check: 'unsafe', kind },
    })
  }
}

const id = z.string().min(1).max(64)

export const CategorySchema = z.enum(['strength', 'hiit', 'cardio', 'mobility'])
export type Category = z.infer<typeof CategorySchema>

export const ExerciseEntrySchema = z
  .object({
    id,
    name: displayName('Exercise name'),
    libraryId: z.string().max(64).optional(),
    /** timed: a work interval; reps: the step waits for "Done" and counts up. */
    mode: z.enum(['timed', 'reps']),
    workSec: seconds('Work time').optional(),
    reps: z
      .number({ error: 'Reps must be a number' })
      .int({ error: 'Reps must be a whole number' })
      .min(1, { error: 'Reps must be at least 1' })
      .max(1000, { error: 'Reps can be at most 1000' })
      .optional(),
    restSec: restSeconds('Rest').optional(),
    /** One-sided moves run twice, left then right, with an optional pause to switch. */
    sides: z.boolean().optional(),
    switchSec: restSeconds('Switch time').optional(),
    notes: noteText('Notes', 300).optional(),
  })
  .strict()
export type ExerciseEntry = z.infer<typeof ExerciseEntrySchema>

/** How many windows an EMOM may have, and rounds an AMRAP can reach: a session log keeps 100 at most. */
export const MAX_WINDOWS = 100

/**
 * How a block runs. intervals: work and rest as set (the default). emom: a window repeated, each window's
 * move done then rested to the end of the window. amrap: the moves in order until the cap. forTime: the
 * rounds as fast as possible, the clock counting up, under an optional cap.
 */
export const BlockFormatSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('intervals') }).strict(),
  z
    .object({
      type: z.literal('emom'),
      windowSec: seconds('Window').min(10, { error: 'Window must be at least 10 seconds' }),
      windows: z
        .number({ error: 'Windows must be a number' })
        .int({ error: 'Windows must be a whole number' })
        .min(1, { error: 'Windows must be at least 1' })
        .max(MAX_WINDOWS, { error: `Windows can be at most ${MAX_WINDOWS}` }),
    })
    .strict(),
  z.object({ type: z.literal('amrap'), capSec: seconds('Time cap') }).strict(),
  z.object({ type: z.literal('forTime'), capSec: seconds('Time cap').optional() }).strict(),
])
export type BlockFormat = z.infer<typeof BlockFormatSchema>
export type FormatType = BlockFormat['type']

export const BlockSchema = z
  .object({
    id,
    /** Absent means intervals. */
    format: BlockFormatSchema.optional(),
    name: z
      .string()
      .trim()
      .max(80, { error: 'Block name can be at most 80 characters' })
      .optional(),
    rounds: z
      .number({ error: 'Rounds must be a number' })
      .int({ error: 'Rounds must be a whole number' })
      .min(1, { error: 'Rounds must be at least 1' })
      .max(100, { error: 'Rounds can be at most 100' }),
    restBetweenRoundsSec: restSeconds('Rest between rounds'),
    workSec: seconds('Block work time').optional(),
    restSec: restSeconds('Block rest').optional(),
    exercises: z
      .array(ExerciseEntrySchema)
      .min(1, { error: 'A block needs at least one exercise' })
      .max(MAX_EXERCISES, { error: `A circuit can have at most ${MAX_EXERCISES} exercises` }),
  })
  .strict()
export type Block = z.infer<typeof BlockSchema>

export const PhaseSchema = z
  .object({ durationSec: seconds('Duration'), label: displayName('Label').optional() })
  .strict()

export const CircuitSchema = z
  .object({
    schemaVersion: z.literal(CIRCUIT_SCHEMA_VERSION),
    id,
    name: displayName('Name'),
    description: noteText('Description', 500).optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Colour must look like #1a2b3c' })
      .optional(),
    category: CategorySchema,
    prepareSec: restSeconds('Prepare time').max(600, {
      error: 'Prepare time can be at most 10 minutes',
    }),
    warmup: PhaseSchema.optional(),
    cooldown: PhaseSchema.optional(),
    defaults: z
      .object({ workSec: seconds('Default work time'), restSec: restSeconds('Default rest') })
      .strict(),
    blocks: z
      .array(BlockSchema)
      .min(1, { error: 'A circuit needs at least one block' })
      .max(50, { error: 'A circuit can have at most 50 blocks' }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    lastUsedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .superRefine((circuit, ctx) => {
    const count = circuit.blocks.reduce((n, b) => n + b.exercises.length, 0)
    if (count > MAX_EXERCISES) {
      ctx.addIssue({
        code: 'custom',
        path: ['blocks'],
        message: `A circuit can have at most ${MAX_EXERCISES} exercises (this one has ${count})`,
        params: { check: 'tooManyExercisesInCircuit', max: MAX_EXERCISES, count },
      })
    }
    circuit.blocks.forEach((block, b) =>
      block.exercises.forEach((exercise, e) => {
        if (exercise.mode === 'reps' && exercise.reps === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['blocks', b, 'exercises', e, 'reps'],
            message: 'Set how many reps, or make the exercise timed',
            params: { check: 'repsMissing' },
          })
        }
      })
    )
    circuit.blocks.forEach((block, b) => formatProblems(circuit, block, b, ctx))
    // The plan's limits (24 hours, 5,000 steps) need the compiler: see circuits/validateCircuit.ts.
  })
export type Circuit = z.infer<typeof CircuitSchema>

/** Combinations a format cannot run, said next to the field that causes them. */
function formatProblems(
  circuit: { defaults: { workSec: number } },
  block: Block,
  b: number,
  ctx: z.RefinementCtx
) {
  const format = block.format
  if (!format || format.type === 'intervals' || format.type === 'amrap') return
  block.exercises.forEach((exercise, e) => {
    const path = ['blocks', b, 'exercises', e]
    if (format.type === 'forTime' && exercise.mode !== 'reps') {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'mode'],
        message: `For Time counts reps: make ${exercise.name} a rep exercise`,
        params: { check: 'forTimeNeedsReps', name: exercise.name },
      })
    }
    if (format.type === 'emom' && exercise.mode === 'timed') {
      const work = exercise.workSec ?? block.workSec ?? circuit.defaults.workSec
      if (work > format.windowSec) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'workSec'],
          message: `${exercise.name} works ${work} s, longer than the ${format.windowSec} s window`,
          params: {
            check: 'workLongerThanWindow',
            name: exercise.name,
            work,
            window: format.windowSec,
          },
        })
      }
    }
  })
}
