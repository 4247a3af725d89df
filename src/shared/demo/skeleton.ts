// The figure's skeleton: fixed segment lengths, human joint limits and forward kinematics from joint angles.
import type { Joints, PointName, View, XY } from './schema'

/** Segment lengths in centimetres of a 175 cm figure; the renderer scales the whole figure to fit. */
export const LENGTHS = {
  lowerTrunk: 24,
  upperTrunk: 26,
  neck: 13,
  headRadius: 11,
  upperArm: 30,
  forearm: 27,
  thigh: 44,
  shin: 43,
  foot: 14,
  frontFoot: 7,
  shoulderHalf: 17,
  hipHalf: 9,
} as const

export type Points = Record<PointName, XY>

type Range = readonly [number, number]
type Limbs = Exclude<
  keyof Joints,
  'tilt' | 'depthL' | 'depthR' | 'trunkDepth' | 'thighDepthL' | 'thighDepthR'
>

// Degrees a healthy adult reaches, a little generous (the figure is a sketch, not a goniometer).
const SIDE_LIMITS: Record<string, Range> = {
  spine: [-40, 50],
  neck: [-45, 60],
  hip: [-30, 135],
  knee: [-5, 150],
  ankle: [-55, 35],
  shoulder: [-65, 185],
  elbow: [-5, 150],
}
// An arm turned out of the picture (depth > 30) can point further back, or across the body: its angle is
// then a projection, not the joint's own angle.
const SIDE_SHOULDER_TURNED: Range = [-150, 185]
const FRONT_SHOULDER_TURNED: Range = [-100, 185]
const FRONT_LIMITS: Record<string, Range> = {
  spine: [-45, 45],
  neck: [-45, 45],
  hip: [-30, 60],
  knee: [-5, 120],
  ankle: [-90, 90],
  shoulder: [-30, 185],
  elbow: [-5, 150],
}

const base = (joint: Limbs) => joint.replace(/[LR]$/, '')

/** The range a joint may take in a view, given the pose (an arm turned away has a wider projected range). */
export function jointLimit(joint: Limbs, view: View, joints: Joints): Range {
  if (joint === 'shoulderL' || joint === 'shoulderR') {
    const depth = joint === 'shoulderL' ? joints.depthL : joints.depthR
    if (depth > 30) return view === 'side' ? SIDE_SHOULDER_TURNED : FRONT_SHOULDER_TURNED
  }
  const table = view === 'side' ? SIDE_LIMITS : FRONT_LIMITS
  return table[base(joint)]!
}

export const LIMB_JOINTS: readonly Limbs[] = [
  'spine',
  'neck',
  'hipL',
  'hipR',
  'kneeL',
  'kneeR',
  'ankleL',
  'ankleR',
  'shoulderL',
  'shoulderR',
  'elbowL',
  'elbowR',
]

const RAD = Math.PI / 180
/** A direction measured from straight down, positive towards the figure's front (side) or screen right. */
const down = (deg: number): XY => [Math.sin(deg * RAD), -Math.cos(deg * RAD)]
/** A direction measured from straight up. */
const up = (deg: number): XY => [Math.sin(deg * RAD), Math.cos(deg * RAD)]
const step = (from: XY, dir: XY, len: number): XY => [
  from[0] + dir[0] * len,
  from[1] + dir[1] * len,
]

/** Where every point of the figure is, with the pelvis at the origin; side views face screen right. */
export function forwardKinematics(j: Joints, view: View): Points {
  const upper = j.tilt + j.spine
  const pelvis: XY = [0, 0]
  const trunk = Math.cos(j.trunkDepth * RAD)
  const mid = step(pelvis, up(j.tilt), LENGTHS.lowerTrunk * trunk)
  const neck = step(mid, up(upper), LENGTHS.upperTrunk * trunk)
  const head = step(neck, up(upper + j.neck), LENGTHS.neck)
  const front = view !== 'side'
  // In the front view the figure's left is on screen right: its limbs turn outwards the other way.
  const side = (s: 'L' | 'R') => {
    const out = front ? (s === 'L' ? 1 : -1) : 1
    const across = (from: XY, trunk: number, half: number): XY =>
      front ? step(from, up(trunk + 90), out * half) : from
    const hip = across(pelvis, j.tilt, LENGTHS.hipHalf)
    const thigh = -j.tilt + out * j[`hip${s}`]
    const knee = step(hip, down(thigh), LENGTHS.thigh * Math.cos(j[`thighDepth${s}`] * RAD))
    const shin = thigh - out * j[`knee${s}`]
    const ankle = step(knee, down(shin), LENGTHS.shin)
    const toe = front
      ? step(ankle, down(shin + out * 90), LENGTHS.frontFoot)
      : step(ankle, down(shin + 90 + j[`ankle${s}`]), LENGTHS.foot)
    const shoulder = across(neck, upper, LENGTHS.shoulderHalf)
    const shorten = Math.cos(j[`depth${s}`] * RAD)
    const arm = -upper + out * j[`shoulder${s}`]
    const elbow = step(shoulder, down(arm), LENGTHS.upperArm * shorten)
    const hand = step(elbow, down(arm + out * j[`elbow${s}`]), LENGTHS.forearm * shorten)
    return { hip, knee, ankle, toe, shoulder, elbow, hand }
  }
  const l = side('L')
  const r = side('R')
  return {
    pelvis,
    mid,
    neck,
    head,
    shoulderL: l.shoulder,
    shoulderR: r.shoulder,
    elbowL: l.elbow,
    elbowR: r.elbow,
    handL: l.hand,
    handR: r.hand,
    hipL: l.hip,
    hipR: r.hip,
    kneeL: l.knee,
    kneeR: r.knee,
    ankleL: l.ankle,
    ankleR: r.ankle,
    toeL: l.toe,
    toeR: r.toe,
  }
}

/** Moves every point so that `anchor` lands on `at`. */
export function placeAt(points: Points, anchor: PointName, at: XY): Points {
  const [ax, ay] = points[anchor]
  const dx = at[0] - ax
  const dy = at[1] - ay
  const out = {} as Points
  for (const name of Object.keys(points) as PointName[]) {
    const [x, y] = points[name]
    out[name] = [x + dx, y + dy]
  }
  return out
}
