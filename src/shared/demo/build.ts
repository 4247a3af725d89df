// Helpers for writing poses by hand: shorthand angles, and two-joint reaches (our own: the arm and leg are
// two segments each, so the law of cosines solves them exactly; a general IK library would be overkill).
import { LENGTHS, forwardKinematics, type Points } from './skeleton'
import { mirrorJoints } from './frames'
import type { Demo, Joints, Key, Pose, PointName, Prop, View, XY } from './schema'

export const ZERO: Joints = {
  tilt: 0,
  spine: 0,
  neck: 0,
  hipL: 0,
  hipR: 0,
  kneeL: 0,
  kneeR: 0,
  ankleL: 0,
  ankleR: 0,
  shoulderL: 0,
  shoulderR: 0,
  elbowL: 0,
  elbowR: 0,
  depthL: 0,
  depthR: 0,
  trunkDepth: 0,
  thighDepthL: 0,
  thighDepthR: 0,
}

type Pair = 'hip' | 'knee' | 'ankle' | 'shoulder' | 'elbow' | 'depth' | 'thighDepth'
/** Angles with a shorthand for both sides (`hip: 80`); a side named alone (`hipL`) wins. */
export type Shorthand = Partial<Joints> & Partial<Record<Pair, number>>

export function joints(s: Shorthand): Joints {
  const out = { ...ZERO }
  for (const pair of [
    'hip',
    'knee',
    'ankle',
    'shoulder',
    'elbow',
    'depth',
    'thighDepth',
  ] as const) {
    const both = s[pair]
    if (both !== undefined) {
      out[`${pair}L`] = both
      out[`${pair}R`] = both
    }
  }
  for (const [name, value] of Object.entries(s)) {
    if (name in ZERO && value !== undefined) out[name as keyof Joints] = value
  }
  return out
}

/** A point as written in the moves' tables (read-only, so `as const` tables fit). */
export type P = readonly [number, number]

const RAD = Math.PI / 180
const DEG = 180 / Math.PI

/**
 * The two angles that put the end of a two-segment limb on `target`: the first segment's direction (from
 * straight down) and the bend. `bend` +1 bends forwards (elbow), -1 backwards (knee). Out of reach, the limb
 * points straight at the target.
 */
export function reach(from: P, target: P, a: number, b: number, bend: 1 | -1) {
  const dx = target[0] - from[0]
  const dy = target[1] - from[1]
  const d = Math.min(a + b - 1e-6, Math.max(Math.abs(a - b) + 1e-6, Math.hypot(dx, dy)))
  const towards = Math.atan2(dx, -dy) * DEG
  const inner = Math.acos((a * a + b * b - d * d) / (2 * a * b)) * DEG
  const offset = Math.acos((a * a + d * d - b * b) / (2 * a * d)) * DEG
  return { first: towards - bend * offset, flex: 180 - inner }
}

export type Targets = P | readonly [P, P] | ((p: Points) => P | readonly [P, P])

export interface BodySpec extends Shorthand {
  /** Where the pelvis is; without it, `pin` is placed at `at`. */
  pelvis?: P
  pin?: PointName
  at?: P
  /** Where the ankles go (side view; needs `pelvis`). */
  feet?: P | readonly [P, P]
  /** The feet's direction from straight down (90 is flat, pointing forwards). */
  footAngle?: number
  /** Where the hands go (side view): points, or worked out from where the body is. */
  hands?: Targets
}

const pairOf = (t: P | readonly [P, P]): readonly [P, P] =>
  typeof t[0] === 'number' ? [t as P, t as P] : (t as readonly [P, P])

const shift = (p: Points, by: P): Points => {
  const out = {} as Points
  for (const k of Object.keys(p) as PointName[]) out[k] = [p[k][0] + by[0], p[k][1] + by[1]]
  return out
}

/** A side-view pose written as where the body is, with the legs and arms reaching their targets. */
export function body(spec: BodySpec, view: View = 'side'): Pose {
  const j = joints(spec)
  if (spec.feet) {
    if (!spec.pelvis) throw new Error('feet need a pelvis position')
    const feet = pairOf(spec.feet)
    ;(['L', 'R'] as const).forEach((s, i) => {
      const local: XY = [feet[i]![0] - spec.pelvis![0], feet[i]![1] - spec.pelvis![1]]
      const thigh = LENGTHS.thigh * Math.cos(j[`thighDepth${s}`] * RAD)
      const leg = reach([0, 0], local, thigh, LENGTHS.shin, -1)
      j[`hip${s}`] = leg.first + j.tilt
      j[`knee${s}`] = leg.flex
      const shin = leg.first - leg.flex
      j[`ankle${s}`] = (spec.footAngle ?? 90) - shin - 90
    })
  }
  const offset = (): P => {
    if (spec.pelvis) return spec.pelvis
    const p = forwardKinematics(j, view)[spec.pin ?? 'pelvis']
    const at = spec.at ?? [0, 0]
    return [at[0] - p[0], at[1] - p[1]]
  }
  const by = offset()
  if (spec.hands) {
    const world = shift(forwardKinematics(j, view), by)
    const hands = pairOf(typeof spec.hands === 'function' ? spec.hands(world) : spec.hands)
    ;(['L', 'R'] as const).forEach((s, i) => {
      const shorten = Math.cos(j[`depth${s}`] * RAD)
      const arm = reach(world[`shoulder${s}`], hands[i]!, 30 * shorten, 27 * shorten, 1)
      j[`shoulder${s}`] = arm.first + j.tilt + j.spine
      j[`elbow${s}`] = arm.flex
    })
  }
  const pin = spec.pin ?? (spec.feet ? 'ankleL' : 'pelvis')
  const placed = forwardKinematics(j, view)[pin]
  return { joints: j, anchor: pin, at: [placed[0] + by[0], placed[1] + by[1]] }
}

/** Where a point of a pose is. */
export function pointOf(pose: Pose, name: PointName, view: View = 'side'): XY {
  const p = forwardKinematics(pose.joints, view)
  const a = p[pose.anchor]
  return [p[name][0] - a[0] + pose.at[0], p[name][1] - a[1] + pose.at[1]]
}

/** A front- or top-view pose: angles as given, `pin` placed at `at`. */
export function front(spec: Shorthand & { pin?: PointName; at?: P }): Pose {
  const at = spec.at ?? [0, 0]
  return { joints: joints(spec), anchor: spec.pin ?? 'pelvis', at: [at[0], at[1]] }
}

/**
 * Turns one joint until `point` sits at height `y`: bisection, since the height changes smoothly and
 * one way over the small range a pose is tuned in.
 */
export function settle(
  pose: Pose,
  joint: keyof Joints,
  point: PointName,
  y: number,
  view: View
): Pose {
  let lo = pose.joints[joint] - 45
  let hi = pose.joints[joint] + 45
  const height = (v: number) =>
    pointOf({ ...pose, joints: { ...pose.joints, [joint]: v } }, point, view)[1] - y
  const rising = height(hi) > height(lo)
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (height(mid) > 0 === rising) hi = mid
    else lo = mid
  }
  return { ...pose, joints: { ...pose.joints, [joint]: (lo + hi) / 2 } }
}

export const key = (pose: Pose, hold: number, move: number): Key => ({ pose, hold, move })
/** A key passed through at speed, in the middle of one motion. */
export const via = (pose: Pose, move: number): Key => ({ pose, hold: 0, move, linear: true })

const otherSide = (name: PointName): PointName =>
  (name.endsWith('L')
    ? `${name.slice(0, -1)}R`
    : name.endsWith('R')
      ? `${name.slice(0, -1)}L`
      : name) as PointName

/** The keys, then the same keys done with the other side: one full alternating rep. */
export function alternate(keys: Key[]): Key[] {
  const mirrored = keys.map((k) => ({
    ...k,
    pose: { joints: mirrorJoints(k.pose.joints), anchor: otherSide(k.pose.anchor), at: k.pose.at },
  }))
  return [...keys, ...mirrored]
}

export function demo(
  d: Omit<Demo, 'props' | 'grounded'> & { props?: Prop[]; grounded?: PointName[] }
): Demo {
  return { props: [], grounded: [], ...d }
}

export const FEET: PointName[] = ['ankleL', 'ankleR', 'toeL', 'toeR']
