// Read-only circuit templates; "Use this" copies one into the user's circuits.
import type { Category, Circuit, ExerciseEntry } from '../model/circuit'
import { EXERCISES } from './exercises'

export interface Preset {
  id: string
  name: string
  description: string
  category: Category
  color: string
  circuit: Omit<
    Circuit,
    | 'id'
    | 'name'
    | 'description'
    | 'category'
    | 'color'
    | 'createdAt'
    | 'updatedAt'
    | 'schemaVersion'
  >
}

/** An entry for a library exercise: its name, sides and id; overrides as given. */
function move(libraryId: string, extra: Partial<ExerciseEntry> = {}, n = 0): ExerciseEntry {
  const exercise = EXERCISES.find((e) => e.id === libraryId)
  if (!exercise) throw new Error(`Preset refers to an unknown exercise: ${libraryId}`)
  return {
    id: `${libraryId}${n ? `-${n}` : ''}`,
    name: exercise.name,
    libraryId,
    mode: 'timed',
    ...(exercise.oneSided ? { sides: true, switchSec: 5 } : {}),
    ...extra,
  }
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'metabolic-back',
    name: 'Metabolic back circuit',
    description:
      'Rows, face pulls and bird-dogs on repeat with short rests: upper, mid and lower back in one fast loop.',
    category: 'hiit',
    color: '#c2410c',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 40, restSec: 20 },
      blocks: [
        {
          id: 'loop',
          rounds: 4,
          restBetweenRoundsSec: 60,
          exercises: [move('bent-over-barbell-row'), move('face-pull'), move('bird-dog')],
        },
      ],
    },
  },
  {
    id: 'upper-back',
    name: 'Upper back',
    description:
      'Width and shoulders: raises, rows and pull-downs, with a speed-bag finisher each round.',
    category: 'strength',
    color: '#1d4ed8',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 40, restSec: 20 },
      blocks: [
        {
          id: 'main',
          rounds: 3,
          restBetweenRoundsSec: 60,
          exercises: [
            move('lateral-raise'),
            move('renegade-row'),
            move('band-pull-down'),
            move('single-arm-dumbbell-row'),
            move('speed-bag', { workSec: 30 }),
          ],
        },
      ],
    },
  },
  {
    id: 'mid-back',
    name: 'Mid back',
    description:
      'Posture work between the shoulder blades: band and cable pulls, then bodyweight holds.',
    category: 'strength',
    color: '#0f766e',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 45, restSec: 15 },
      blocks: [
        {
          id: 'pulls',
          rounds: 3,
          restBetweenRoundsSec: 45,
          exercises: [move('band-pull-apart'), move('face-pull'), move('reverse-fly')],
        },
        {
          id: 'floor',
          rounds: 2,
          restBetweenRoundsSec: 30,
          exercises: [move('scapular-push-up'), move('reverse-snow-angel'), move('superman')],
        },
      ],
    },
  },
  {
    id: 'lower-back-glutes',
    name: 'Lower back and glutes',
    description:
      'Hinges, bridges and side work for the lower back and the muscles that support it.',
    category: 'strength',
    color: '#7c3aed',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 40, restSec: 20 },
      blocks: [
        {
          id: 'main',
          rounds: 3,
          restBetweenRoundsSec: 60,
          exercises: [
            move('romanian-deadlift'),
            move('glute-bridge'),
            move('back-extension'),
            move('suitcase-carry', { workSec: 30 }),
            move('side-plank-leg-lift', { workSec: 25 }),
          ],
        },
      ],
    },
  },
  {
    id: 'cardio-strength',
    name: 'Cardio-strength hybrid',
    description:
      'Row machine, battle ropes and kettlebell swings: strength and a high heart rate at once.',
    category: 'hiit',
    color: '#b91c1c',
    circuit: {
      prepareSec: 10,
      warmup: { durationSec: 180, label: 'Easy rowing' },
      cooldown: { durationSec: 120, label: 'Walk it off' },
      defaults: { workSec: 40, restSec: 30 },
      blocks: [
        {
          id: 'main',
          rounds: 4,
          restBetweenRoundsSec: 90,
          exercises: [
            move('row-machine', { workSec: 60 }),
            move('battle-ropes', { workSec: 30 }),
            move('kettlebell-swing'),
          ],
        },
      ],
    },
  },
  {
    id: 'tabata',
    name: 'Tabata',
    description:
      'Twenty seconds flat out, ten seconds off, eight times: four minutes that feel much longer.',
    category: 'hiit',
    color: '#be123c',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 20, restSec: 10 },
      blocks: [
        { id: 'tabata', rounds: 8, restBetweenRoundsSec: 0, exercises: [move('kettlebell-swing')] },
      ],
    },
  },
  {
    id: 'emom-12',
    name: 'EMOM 12',
    description:
      'Every minute on the minute for 12 minutes: do the reps, press Done, and rest for what is left of the minute. The moves take turns.',
    category: 'hiit',
    color: '#a16207',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 60, restSec: 0 },
      blocks: [
        {
          id: 'emom',
          rounds: 1,
          restBetweenRoundsSec: 0,
          format: { type: 'emom', windowSec: 60, windows: 12 },
          exercises: [
            move('push-up', { mode: 'reps', reps: 10 }),
            move('kettlebell-swing', { mode: 'reps', reps: 15 }),
            move('renegade-row', { mode: 'reps', reps: 8, sides: false }),
          ],
        },
      ],
    },
  },
  {
    id: 'amrap-15',
    name: 'AMRAP 15',
    description:
      'As many rounds as you can in 15 minutes, at your own pace: press Done after each move. The clock ends it; your score is rounds plus reps.',
    category: 'hiit',
    color: '#9d174d',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 40, restSec: 0 },
      blocks: [
        {
          id: 'amrap',
          rounds: 1,
          restBetweenRoundsSec: 0,
          format: { type: 'amrap', capSec: 15 * 60 },
          exercises: [
            move('push-up', { mode: 'reps', reps: 10 }),
            move('kettlebell-swing', { mode: 'reps', reps: 15 }),
            move('bird-dog', { mode: 'reps', reps: 10 }),
          ],
        },
      ],
    },
  },
  {
    id: 'back-for-time',
    name: 'Back for time',
    description:
      'Five rounds of rows, deadlifts and swings as fast as you can with good form, under a 20-minute cap. Pick a weight you can hinge with a flat back every rep.',
    category: 'strength',
    color: '#0f766e',
    circuit: {
      prepareSec: 10,
      defaults: { workSec: 40, restSec: 0 },
      blocks: [
        {
          id: 'for-time',
          rounds: 5,
          restBetweenRoundsSec: 0,
          format: { type: 'forTime', capSec: 20 * 60 },
          exercises: [
            move('bent-over-barbell-row', { mode: 'reps', reps: 10 }),
            move('romanian-deadlift', { mode: 'reps', reps: 10 }),
            move('kettlebell-swing', { mode: 'reps', reps: 15 }),
          ],
        },
      ],
    },
  },
  {
    id: 'hiit-20',
    name: '20-minute HIIT',
    description:
      'Warm up, three rounds of five full-body moves at 40/20, cool down: twenty minutes door to door.',
    category: 'hiit',
    color: '#ea580c',
    circuit: {
      prepareSec: 10,
      warmup: { durationSec: 150, label: 'Warm-up: march and arm circles' },
      cooldown: { durationSec: 120, label: 'Cool-down: walk and stretch' },
      defaults: { workSec: 40, restSec: 20 },
      blocks: [
        {
          id: 'main',
          rounds: 3,
          restBetweenRoundsSec: 40,
          exercises: [
            move('kettlebell-swing'),
            move('push-up'),
            move('renegade-row'),
            move('battle-ropes'),
            move('glute-bridge'),
          ],
        },
      ],
    },
  },
  {
    id: 'recovery-stretch',
    name: 'Recovery stretch',
    description:
      'Slow spine mobility for the rest day: cat-cow, cobra, bird-dogs and gentle holds.',
    category: 'mobility',
    color: '#15803d',
    circuit: {
      prepareSec: 5,
      defaults: { workSec: 45, restSec: 10 },
      blocks: [
        {
          id: 'flow',
          rounds: 2,
          restBetweenRoundsSec: 20,
          exercises: [
            move('cat-cow', { workSec: 60 }),
            move('cobra'),
            move('bird-dog'),
            move('glute-bridge'),
            move('side-leg-lift', { workSec: 30, switchSec: 3 }),
          ],
        },
      ],
    },
  },
  {
    id: 'brisk-walk-30',
    name: 'Brisk walk, 30 minutes',
    description: 'A steady cardio day: one 30-minute block, with a halfway call to turn around.',
    category: 'cardio',
    color: '#0369a1',
    circuit: {
      prepareSec: 5,
      defaults: { workSec: 1800, restSec: 0 },
      blocks: [{ id: 'walk', rounds: 1, restBetweenRoundsSec: 0, exercises: [move('brisk-walk')] }],
    },
  },
]

/** A new user circuit from a preset. */
export function circuitFromPreset(preset: Preset, id: string, nowIso: string): Circuit {
  return {
    schemaVersion: 1,
    id,
    name: preset.name,
    description: preset.description,
    category: preset.category,
    color: preset.color,
    ...(JSON.parse(JSON.stringify(preset.circuit)) as Preset['circuit']),
    createdAt: nowIso,
    updatedAt: nowIso,
  }
}

/** A preset run straight from the Run screen: always the same id and entries, so its sessions line up. */
export const presetRunCircuit = (preset: Preset): Circuit =>
  circuitFromPreset(preset, `preset-${preset.id}`, '2026-01-01T00:00:00.000Z')
