// Where the figure is at any instant of a rep: eased joint angles between key poses, mirrored for the right side.
import { forwardKinematics, placeAt, type Points } from './skeleton'
import type { Demo, JointName, Joints, Pose, PointName, Side, View, XY } from './schema'

/** Seconds one rep takes: every key's hold plus its move to the next. */
export function cycleSeconds(demo: Demo): number {
  return demo.keys.reduce((sum, key) => sum + key.hold + key.move, 0)
}

// Ease in and out, as a body speeds up and slows down between positions.
const ease = (f: number) => f * f * (3 - 2 * f)
const lerp = (a: number, b: number, f: number) => a + (b - a) * f

/** The pose at `t` seconds into the rep (any t: it wraps), and the two keys it lies between. */
export function poseAt(demo: Demo, t: number): { joints: Joints; points: Points } {
  const cycle = cycleSeconds(demo)
  let rest = ((t % cycle) + cycle) % cycle
  for (let i = 0; i < demo.keys.length; i++) {
    const key = demo.keys[i]!
    if (rest < key.hold)
      return { joints: key.pose.joints, points: place(key.pose, key.pose.joints, demo.view) }
    rest -= key.hold
    if (rest < key.move || i === demo.keys.length - 1) {
      const next = demo.keys[(i + 1) % demo.keys.length]!
      const raw = Math.min(1, rest / key.move)
      const f = key.linear ? raw : ease(raw)
      const joints = blendJoints(key.pose.joints, next.pose.joints, f)
      // Each key pins its own point; in between, blend where the two pins would put the figure.
      const a = place(key.pose, joints, demo.view)
      const b = place(next.pose, joints, demo.view)
      return { joints, points: blendPoints(a, b, f) }
    }
    rest -= key.move
  }
  const first = demo.keys[0]!.pose
  return { joints: first.joints, points: place(first, first.joints, demo.view) }
}

function place(pose: Pose, joints: Joints, view: View): Points {
  return placeAt(forwardKinematics(joints, view), pose.anchor, pose.at)
}

export function blendJoints(a: Joints, b: Joints, f: number): Joints {
  const out = { ...a }
  for (const name of Object.keys(a) as JointName[]) out[name] = lerp(a[name], b[name], f)
  return out
}

function blendPoints(a: Points, b: Points, f: number): Points {
  const out = {} as Points
  for (const name of Object.keys(a) as PointName[]) {
    out[name] = [lerp(a[name][0], b[name][0], f), lerp(a[name][1], b[name][1], f)]
  }
  return out
}

const SWAP: Partial<Record<JointName, JointName>> = {
  hipL: 'hipR',
  hipR: 'hipL',
  kneeL: 'kneeR',
  kneeR: 'kneeL',
  ankleL: 'ankleR',
  ankleR: 'ankleL',
  shoulderL: 'shoulderR',
  shoulderR: 'shoulderL',
  elbowL: 'elbowR',
  elbowR: 'elbowL',
  depthL: 'depthR',
  depthR: 'depthL',
  thighDepthL: 'thighDepthR',
  thighDepthR: 'thighDepthL',
}

/** The same pose done with the other side of the body. */
export function mirrorJoints(j: Joints): Joints {
  const out = { ...j }
  for (const [from, to] of Object.entries(SWAP) as [JointName, JointName][]) out[to] = j[from]
  return out
}

const otherSide = (name: PointName): PointName =>
  name.endsWith('L')
    ? (`${name.slice(0, -1)}R` as PointName)
    : name.endsWith('R')
      ? (`${name.slice(0, -1)}L` as PointName)
      : name

/** The picture flipped left to right, with each point renamed for the side of the body it now is. */
export function mirrorPoints(points: Points): Points {
  const out = {} as Points
  for (const name of Object.keys(points) as PointName[]) {
    const [x, y] = points[name]
    out[otherSide(name)] = [-x, y]
  }
  return out
}

/** The figure at `t` for one side: demos are drawn for the left, and mirrored for the right. */
export function frameAt(demo: Demo, t: number, side: Side = 'left'): Points {
  const { points } = poseAt(demo, t)
  return side === 'right' ? mirrorPoints(points) : points
}

/** The joint angles at `t` for one side. */
export function jointsAt(demo: Demo, t: number, side: Side = 'left'): Joints {
  const { joints } = poseAt(demo, t)
  return side === 'right' ? mirrorJoints(joints) : joints
}

/** The instants at which each key pose is reached (after its hold starts). */
export function keyTimes(demo: Demo): number[] {
  const times: number[] = []
  let t = 0
  for (const key of demo.keys) {
    times.push(t)
    t += key.hold + key.move
  }
  return times
}

export const flipX = ([x, y]: XY): XY => [-x, y]
