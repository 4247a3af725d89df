// Builds valid circuits for tests, plus a fast-check arbitrary of random valid circuits.
import fc from 'fast-check'
import type { Block, Circuit, ExerciseEntry } from '@shared/model/circuit'

const STAMP = '2026-11-01T10:00:00.000Z'

export function exercise(name: string, extra: Partial<ExerciseEntry> = {}): ExerciseEntry {
  return { id: name.toLowerCase().replace(/\W+/g, '-'), name, mode: 'timed', ...extra }
}

export function circuit(extra: Partial<Circuit> = {}, blocks?: Block[]): Circuit {
  return {
    schemaVersion: 1,
    id: 'c1',
    name: 'Metabolic back circuit',
    category: 'hiit',
    prepareSec: 10,
    defaults: { workSec: 40, restSec: 20 },
    blocks: blocks ?? [
      {
        id: 'b1',
        rounds: 4,
        restBetweenRoundsSec: 60,
        exercises: [exercise('Bent-over rows'), exercise('Face pulls'), exercise('Bird-dogs')],
      },
    ],
    createdAt: STAMP,
    updatedAt: STAMP,
    ...extra,
  }
}

const entryArb = fc.record({
  mode: fc.constantFrom<'timed' | 'reps'>('timed', 'timed', 'timed', 'reps'),
  workSec: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
  restSec: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
  sides: fc.option(fc.boolean(), { nil: undefined }),
  switchSec: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
})

/** Random valid circuits; `manual` false keeps every step timed. */
export function circuitArb(options: { manual?: boolean } = {}): fc.Arbitrary<Circuit> {
  const blockArb = fc.record({
    rounds: fc.integer({ min: 1, max: 4 }),
    restBetweenRoundsSec: fc.integer({ min: 0, max: 20 }),
    workSec: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    restSec: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
    exercises: fc.array(entryArb, { minLength: 1, maxLength: 4 }),
  })
  return fc
    .record({
      prepareSec: fc.integer({ min: 0, max: 10 }),
      warmup: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      cooldown: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      workSec: fc.integer({ min: 1, max: 30 }),
      restSec: fc.integer({ min: 0, max: 15 }),
      blocks: fc.array(blockArb, { minLength: 1, maxLength: 3 }),
    })
    .map((r) =>
      circuit(
        {
          prepareSec: r.prepareSec,
          defaults: { workSec: r.workSec, restSec: r.restSec },
          ...(r.warmup ? { warmup: { durationSec: r.warmup } } : {}),
          ...(r.cooldown ? { cooldown: { durationSec: r.cooldown } } : {}),
        },
        r.blocks.map((b, bi) => ({
          id: `b${bi}`,
          rounds: b.rounds,
          restBetweenRoundsSec: b.restBetweenRoundsSec,
          ...(b.workSec ? { workSec: b.workSec } : {}),
          ...(b.restSec !== undefined ? { restSec: b.restSec } : {}),
          exercises: b.exercises.map((e, ei) => {
            const manual = options.manual !== false && e.mode === 'reps'
            const entry: ExerciseEntry = {
              id: `e${bi}-${ei}`,
              name: `Move ${bi}.${ei}`,
              mode: manual ? 'reps' : 'timed',
            }
            if (manual) entry.reps = 12
            if (e.workSec) entry.workSec = e.workSec
            if (e.restSec !== undefined) entry.restSec = e.restSec
            if (e.sides) entry.sides = true
            if (e.switchSec !== undefined) entry.switchSec = e.switchSec
            return entry
          }),
        }))
      )
    )
}

/** Random valid circuits mixing interval blocks with EMOM, AMRAP and For Time blocks. */
export function formatCircuitArb(): fc.Arbitrary<Circuit> {
  const formatArb = fc.oneof(
    fc.record({
      type: fc.constant('emom' as const),
      windowSec: fc.integer({ min: 10, max: 90 }),
      windows: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({ type: fc.constant('amrap' as const), capSec: fc.integer({ min: 20, max: 300 }) }),
    fc.record({
      type: fc.constant('forTime' as const),
      capSec: fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }),
    })
  )
  const blockArb = fc.record({
    format: fc.option(formatArb, { nil: undefined }),
    rounds: fc.integer({ min: 1, max: 3 }),
    moves: fc.array(fc.record({ reps: fc.boolean(), workSec: fc.integer({ min: 1, max: 10 }) }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  return fc.array(blockArb, { minLength: 1, maxLength: 3 }).map((blocks) =>
    circuit(
      { prepareSec: 5, defaults: { workSec: 10, restSec: 5 }, cooldown: { durationSec: 10 } },
      blocks.map((b, bi) => ({
        id: `b${bi}`,
        rounds: b.rounds,
        restBetweenRoundsSec: 0,
        ...(b.format ? { format: b.format } : {}),
        exercises: b.moves.map((m, mi) => {
          const reps = m.reps || b.format?.type === 'forTime'
          return reps
            ? exercise(`Move ${bi}.${mi}`, { id: `e${bi}-${mi}`, mode: 'reps', reps: 10 })
            : exercise(`Move ${bi}.${mi}`, { id: `e${bi}-${mi}`, workSec: m.workSec })
        }),
      }))
    )
  )
}
