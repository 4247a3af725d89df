// What a drawn demonstration is, as data: joint angles per key pose, a tempo, a view and props (types from zod).
import { z } from 'zod'

const angle = z.number().min(-360).max(360)

/** Joint angles in degrees. Side view: flexion is positive. Front and top views: abduction is positive. */
export const JointsSchema = z
  .object({
    /** The pelvis and lower trunk, from upright: forward lean (side) or lean to screen right (front). */
    tilt: angle,
    spine: angle,
    neck: angle,
    hipL: angle,
    hipR: angle,
    kneeL: angle,
    kneeR: angle,
    ankleL: angle,
    ankleR: angle,
    shoulderL: angle,
    shoulderR: angle,
    elbowL: angle,
    elbowR: angle,
    /** How far each arm points out of the picture (0 in it, 90 straight at the viewer): it looks shorter. */
    depthL: z.number().min(0).max(85),
    depthR: z.number().min(0).max(85),
    /** The same for the trunk (bent towards the viewer) and for each thigh (sitting, seen from the front). */
    trunkDepth: z.number().min(0).max(85),
    thighDepthL: z.number().min(0).max(85),
    thighDepthR: z.number().min(0).max(85),
  })
  .strict()
export type Joints = z.infer<typeof JointsSchema>
export type JointName = keyof Joints

export const POINT_NAMES = [
  'pelvis',
  'mid',
  'neck',
  'head',
  'shoulderL',
  'shoulderR',
  'elbowL',
  'elbowR',
  'handL',
  'handR',
  'hipL',
  'hipR',
  'kneeL',
  'kneeR',
  'ankleL',
  'ankleR',
  'toeL',
  'toeR',
] as const
export const PointNameSchema = z.enum(POINT_NAMES)
export type PointName = z.infer<typeof PointNameSchema>

const xy = z.tuple([z.number(), z.number()])
export type XY = z.infer<typeof xy>

/** A key pose: the angles, and which body point is pinned where (the rest hangs from it). */
export const PoseSchema = z
  .object({ joints: JointsSchema, anchor: PointNameSchema, at: xy })
  .strict()
export type Pose = z.infer<typeof PoseSchema>

/** One step of the rep: hold the pose this long, then move to the next pose over `move` seconds. */
export const KeySchema = z
  .object({
    pose: PoseSchema,
    hold: z.number().min(0).max(10),
    move: z.number().min(0.1).max(10),
    /** Move at an even speed (a key in the middle of one motion); otherwise ease in and out. */
    linear: z.literal(true).optional(),
  })
  .strict()
export type Key = z.infer<typeof KeySchema>

export const PropKindSchema = z.enum([
  'bar',
  'dumbbell',
  'kettlebell',
  'band',
  'rope',
  'cable',
  'bench',
  'mat',
  'ball',
  'wheel',
  'box',
  'bag',
  'water',
])
export type PropKind = z.infer<typeof PropKindSchema>

/**
 * A prop. Held props (bar, dumbbell, kettlebell) follow `hand`; lines (band, rope, cable) run from the fixed
 * point `from` to `hand`; the rest stand still at `at` with a size.
 */
export const PropSchema = z
  .object({
    kind: PropKindSchema,
    hand: z.enum(['handL', 'handR', 'hands']).optional(),
    from: xy.optional(),
    at: xy.optional(),
    size: xy.optional(),
  })
  .strict()
export type Prop = z.infer<typeof PropSchema>

/**
 * symmetric: left and right do the same; alternating: the second half of the keys mirrors the first;
 * one-sided: drawn for the left side and mirrored for the right.
 */
export const SymmetrySchema = z.enum(['symmetric', 'alternating', 'one-sided'])
export type Symmetry = z.infer<typeof SymmetrySchema>

export const ViewSchema = z.enum(['side', 'front', 'top'])
export type View = z.infer<typeof ViewSchema>

export const DemoSchema = z
  .object({
    view: ViewSchema,
    symmetry: SymmetrySchema,
    keys: z.array(KeySchema).min(1).max(12),
    props: z.array(PropSchema).max(6),
    /** Points that stay on the floor (y = 0) all through the rep. */
    grounded: z.array(PointNameSchema).max(8),
  })
  .strict()
export type Demo = z.infer<typeof DemoSchema>

export type Side = 'left' | 'right'
