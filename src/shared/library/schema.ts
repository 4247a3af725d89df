// What an exercise in the library is: where it works, with what, how to do it safely, and what it costs in energy.
import { z } from 'zod'
import { displayName, noteText } from '../model/circuit'
import { MediaRefSchema } from '../model/media'

export const RegionSchema = z.enum([
  'upper-back',
  'mid-back',
  'lower-back',
  'core',
  'full-body',
  'cardio',
  'mobility',
])
export type Region = z.infer<typeof RegionSchema>

export const MuscleSchema = z.enum([
  'lats',
  'rhomboids',
  'traps',
  'erector-spinae',
  'glutes',
  'hamstrings',
  'obliques',
  'core',
  'shoulders',
  'chest',
  'arms',
  'legs',
])
export type Muscle = z.infer<typeof MuscleSchema>

export const EquipmentSchema = z.enum([
  'none',
  'dumbbell',
  'kettlebell',
  'barbell',
  'band',
  'cable',
  'machine',
  'ball',
  'other',
])
export type Equipment = z.infer<typeof EquipmentSchema>

export const ExerciseSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]{2,64}$/, { error: 'Ids are lowercase words joined by dashes' }),
    name: displayName('Exercise name'),
    region: RegionSchema,
    muscles: z.array(MuscleSchema).min(1).max(8),
    equipment: EquipmentSchema,
    /** One-sided moves run as a left/right split by default. */
    oneSided: z.boolean(),
    /** One line shown in big type during the work interval. */
    cue: noteText('Form cue', 140, 1),
    /** Shown where the move can hurt when done badly. */
    safety: noteText('Safety note', 200).optional(),
    workSec: z.number().int().min(5).max(3600),
    restSec: z.number().int().min(0).max(600),
    /** Metabolic equivalent, from the Compendium of Physical Activities (the activity named in metBasis). */
    met: z.number().min(1).max(20),
    metBasis: z.string().min(1).max(120),
    /** Set on exercises the user added; library entries are built in and can only be hidden. */
    custom: z.boolean().optional(),
    /** The user's own picture or video for this move, shown instead of the drawn demo. */
    media: MediaRefSchema.optional(),
  })
  .strict()
export type Exercise = z.infer<typeof ExerciseSchema>

export const REGION_LABELS: Record<Region, string> = {
  'upper-back': 'Upper back',
  'mid-back': 'Mid back',
  'lower-back': 'Lower back',
  core: 'Core',
  'full-body': 'Full body',
  cardio: 'Cardio',
  mobility: 'Mobility',
}

export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  none: 'No equipment',
  dumbbell: 'Dumbbell',
  kettlebell: 'Kettlebell',
  barbell: 'Barbell',
  band: 'Band',
  cable: 'Cable',
  machine: 'Machine',
  ball: 'Exercise ball',
  other: 'Other',
}
