// Side-lying moves, seen from the front: the body lies across the picture and the top leg lifts.
import { demo, front, key, settle } from '../build'
import type { Demo, Pose } from '../schema'

// Lying on the right side, seen from the front: the head to screen left, the top (left) leg free.
const sideLying: Pose = front({
  pin: 'pelvis',
  at: [0, 12],
  tilt: -90,
  shoulderR: 178,
  shoulderL: 4,
})
const withJoints = (pose: Pose, extra: Partial<Pose['joints']>): Pose => ({
  ...pose,
  joints: { ...pose.joints, ...extra },
})
const sideLegLift = demo({
  view: 'front',
  symmetry: 'one-sided',
  props: [{ kind: 'mat', at: [0, 0], size: [200, 3] }],
  keys: [key(sideLying, 0.2, 1), key(withJoints(sideLying, { hipL: 38 }), 0.5, 1.1)],
})

// The top hand behind the head, its elbow pointing up towards the top knee.
const jackknifeDown = withJoints(sideLying, { shoulderL: 110, elbowL: 150 })
const sideJackknife = demo({
  view: 'front',
  symmetry: 'one-sided',
  props: [{ kind: 'mat', at: [0, 0], size: [200, 3] }],
  keys: [
    key(jackknifeDown, 0.2, 0.9),
    key(withJoints(jackknifeDown, { spine: 34, hipL: 45, shoulderR: 146 }), 0.4, 0.9),
  ],
})

// On the right forearm and the side of the right foot; the body straight, tilted to rest its elbow down.
const sidePlankBase = settle(
  front({ pin: 'ankleR', at: [60, 0], tilt: -72, shoulderR: 72, elbowR: 90, shoulderL: 4 }),
  'tilt',
  'elbowR',
  0,
  'front'
)
const sidePlankLegLift = demo({
  view: 'front',
  symmetry: 'one-sided',
  grounded: ['ankleR', 'elbowR'],
  props: [{ kind: 'mat', at: [0, 0], size: [200, 3] }],
  keys: [key(sidePlankBase, 0.3, 1), key(withJoints(sidePlankBase, { hipL: 35 }), 0.6, 1)],
})

export const SIDE_LYING: Record<string, Demo> = {
  'side-plank-leg-lift': sidePlankLegLift,
  'side-jackknife': sideJackknife,
  'side-leg-lift': sideLegLift,
}
