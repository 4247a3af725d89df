// Compiles a circuit into a flat, deterministic list of steps with planned offsets: what the timer runs.
import type { Block, Circuit, ExerciseEntry } from '../model/circuit'
import { formatDuration } from '../model/durations'
import { compileFormatBlock } from './planFormats'

export type StepKind = 'prepare' | 'warmup' | 'work' | 'rest' | 'roundRest' | 'switch' | 'cooldown'
export type Side = 'left' | 'right'

export interface StepExercise {
  entryId: string
  name: string
  libraryId?: string | undefined
  notes?: string | undefined
  reps?: number | undefined
}

export interface PlanStep {
  index: number
  kind: StepKind
  /** What the screen says: the exercise for work, otherwise the phase ("Rest", "Round rest"...). */
  label: string
  exercise?: StepExercise | undefined
  side?: Side | undefined
  /** 1-based positions, present for steps inside a block. */
  block?: number | undefined
  blocks: number
  round?: number | undefined
  rounds?: number | undefined
  exerciseNumber?: number | undefined
  exercisesInBlock?: number | undefined
  /** null means manual: the step lasts until the user says done. */
  durationMs: number | null
  /** Planned start, from the session start: the sum of timed durations before it (manual steps add 0). */
  offsetMs: number
  /** Index of the step after this one, or null for the last. */
  next: number | null
  /** Set on steps of an EMOM, AMRAP or For Time block. */
  format?: 'emom' | 'amrap' | 'forTime' | undefined
  /** Where the format block starts in the plan: its clock counts from here. */
  blockStartMs?: number | undefined
  /** EMOM: which window this step is in, and where it starts and ends (plan offsets). */
  window?: { number: number; count: number; startMs: number; endMs: number } | undefined
  /** EMOM's rest: it lasts until the window ends, however late the move was done. */
  fillsWindow?: boolean | undefined
  /** AMRAP and For Time: the block ends at the cap wherever the user is, and goes on at afterIndex. */
  cap?: { startMs: number; endMs: number; afterIndex: number } | undefined
}

export interface PlanTotals {
  durationMs: number
  workMs: number
  restMs: number
  workIntervals: number
  manualSteps: number
}

export interface Plan {
  circuitId: string
  circuitName: string
  steps: PlanStep[]
  totals: PlanTotals
}

export const KIND_LABELS: Record<StepKind, string> = {
  prepare: 'Get ready',
  warmup: 'Warm-up',
  work: 'Work',
  rest: 'Rest',
  roundRest: 'Round rest',
  switch: 'Switch sides',
  cooldown: 'Cool-down',
}

type Draft = Omit<PlanStep, 'index' | 'next' | 'blocks'>

/** How compilers add steps: each gets the planned time so far as its offset, then adds its duration. */
export interface PlanWriter {
  push: (kind: StepKind, durationSec: number | null, extra?: Partial<Draft>) => void
  /** The planned time so far, and setting it (a capped block plans exactly its cap). */
  plannedMs: () => number
  setPlannedMs: (ms: number) => void
  /** How many steps there are so far: the index the next one will get. */
  count: () => number
  /** Steps already pushed, to finish their fields once a block is done. */
  drafts: (from: number) => Draft[]
}

/** A day is plenty for one session; beyond it a typo (100 rounds of 2-hour steps) is far likelier. */
export const MAX_PLAN_MS = 24 * 60 * 60 * 1000
/** Enough for any real circuit, and small enough that the editor's live preview compiles in a blink. */
export const MAX_PLAN_STEPS = 5_000

/** Thrown while compiling, as soon as a circuit passes a limit: the check never builds a huge plan. */
export class PlanTooLarge extends Error {
  override name = 'PlanTooLarge'
  constructor(
    message: string,
    /** Which limit, as data: the builder words it (builder:check). */
    readonly check: 'planTooLong' | 'planTooManySteps',
    readonly max: number
  ) {
    super(message)
  }
}

export function compilePlan(circuit: Circuit): Plan {
  const drafts: Draft[] = []
  let plannedMs = 0
  const push = (kind: StepKind, durationSec: number | null, extra: Partial<Draft> = {}) => {
    const durationMs = durationSec === null ? null : durationSec * 1000
    const offsetMs = plannedMs
    plannedMs += durationMs ?? 0
    if (plannedMs > MAX_PLAN_MS)
      throw new PlanTooLarge(
        'A circuit can last at most 24 hours; this one is longer',
        'planTooLong',
        MAX_PLAN_MS / 1000
      )
    if (drafts.length >= MAX_PLAN_STEPS)
      throw new PlanTooLarge(
        `A circuit can have at most ${MAX_PLAN_STEPS.toLocaleString('en')} steps; this one has more`,
        'planTooManySteps',
        MAX_PLAN_STEPS
      )
    drafts.push({ kind, label: KIND_LABELS[kind], durationMs, offsetMs, ...extra })
  }
  const writer: PlanWriter = {
    push,
    plannedMs: () => plannedMs,
    setPlannedMs: (ms) => void (plannedMs = ms),
    count: () => drafts.length,
    drafts: (from) => drafts.slice(from),
  }

  if (circuit.prepareSec > 0) push('prepare', circuit.prepareSec)
  if (circuit.warmup)
    push('warmup', circuit.warmup.durationSec, {
      label: circuit.warmup.label ?? KIND_LABELS.warmup,
    })

  circuit.blocks.forEach((block, b) => {
    if (block.format && block.format.type !== 'intervals') {
      compileFormatBlock(writer, circuit, block, block.format, b + 1)
      return
    }
    compileIntervalBlock(push, circuit, block, b)
  })

  if (circuit.cooldown)
    push('cooldown', circuit.cooldown.durationSec, {
      label: circuit.cooldown.label ?? KIND_LABELS.cooldown,
    })

  // The drafts become the steps in place: no second copy of a plan that may hold thousands of steps.
  const steps = drafts as PlanStep[]
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!
    step.index = index
    step.blocks = circuit.blocks.length
    step.next = index + 1 < steps.length ? index + 1 : null
  }
  const totals = { ...totalsOf(steps), durationMs: plannedMs }
  return { circuitId: circuit.id, circuitName: circuit.name, steps, totals }
}

/** An intervals block: its exercises round by round, each with the rest that follows it (or the round's). */
function compileIntervalBlock(
  push: PlanWriter['push'],
  circuit: Circuit,
  block: Circuit['blocks'][number],
  b: number
): void {
  const lastBlock = b === circuit.blocks.length - 1
  for (let round = 1; round <= block.rounds; round++) {
    const lastRound = round === block.rounds
    block.exercises.forEach((entry, e) => {
      const where = {
        block: b + 1,
        round,
        rounds: block.rounds,
        exerciseNumber: e + 1,
        exercisesInBlock: block.exercises.length,
      }
      pushWork(push, circuit, block, entry, where)
      const lastInRound = e === block.exercises.length - 1
      const rest = restAfter(circuit, block, entry)
      if (!lastInRound) {
        if (rest > 0) push('rest', rest, where)
      } else if (!lastRound) {
        // The round rest takes the place of the last exercise's rest: never both.
        if (block.restBetweenRoundsSec > 0) push('roundRest', block.restBetweenRoundsSec, where)
        else if (rest > 0) push('rest', rest, where)
      } else if (!lastBlock && rest > 0) {
        push('rest', rest, where)
      }
    })
  }
}

export function pushWork(
  push: (kind: StepKind, durationSec: number | null, extra?: Partial<Draft>) => void,
  circuit: Circuit,
  block: Block,
  entry: ExerciseEntry,
  where: Partial<Draft>
): void {
  const workSec =
    entry.mode === 'reps' ? null : (entry.workSec ?? block.workSec ?? circuit.defaults.workSec)
  const exercise: StepExercise = {
    entryId: entry.id,
    name: entry.name,
    libraryId: entry.libraryId,
    notes: entry.notes,
    reps: entry.mode === 'reps' ? entry.reps : undefined,
  }
  if (!entry.sides) {
    push('work', workSec, { ...where, label: entry.name, exercise })
    return
  }
  push('work', workSec, { ...where, label: `${entry.name} (left)`, exercise, side: 'left' })
  if ((entry.switchSec ?? 0) > 0) push('switch', entry.switchSec ?? 0, { ...where, exercise })
  push('work', workSec, { ...where, label: `${entry.name} (right)`, exercise, side: 'right' })
}

export function restAfter(circuit: Circuit, block: Block, entry: ExerciseEntry): number {
  return entry.restSec ?? block.restSec ?? circuit.defaults.restSec
}

const REST_KINDS: ReadonlySet<StepKind> = new Set(['rest', 'roundRest', 'switch'])

function totalsOf(steps: readonly PlanStep[]): PlanTotals {
  const totals: PlanTotals = {
    durationMs: 0,
    workMs: 0,
    restMs: 0,
    workIntervals: 0,
    manualSteps: 0,
  }
  for (const step of steps) {
    if (step.kind === 'work') totals.workIntervals++
    if (step.durationMs === null) {
      totals.manualSteps++
      continue
    }
    totals.durationMs += step.durationMs
    if (step.kind === 'work') totals.workMs += step.durationMs
    if (REST_KINDS.has(step.kind)) totals.restMs += step.durationMs
  }
  return totals
}

/** "Next: Face pulls, 40 s" — what the run screen shows about the step after this one. */
export function describeStep(step: PlanStep): string {
  const what = step.kind === 'work' ? step.label : KIND_LABELS[step.kind]
  if (step.durationMs === null)
    return step.exercise?.reps ? `${what}, ${step.exercise.reps} reps` : what
  return `${what}, ${formatDuration(step.durationMs)}`
}

/** Why a circuit is too large to run (too long, too many steps), or null. Costs at most one capped compile. */
export function planLimitProblem(circuit: Circuit): PlanTooLarge | null {
  try {
    compilePlan(circuit)
    return null
  } catch (error) {
    if (error instanceof PlanTooLarge) return error
    throw error
  }
}
