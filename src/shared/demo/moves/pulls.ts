// Rows, pulls and shoulder moves: side views where the pull's path shows, front views where the arms open.
import { alternate, body, demo, FEET, front, key, pointOf } from '../build'
import type { Demo } from '../schema'
import type { Points } from '../skeleton'

const stance = { feet: [0, 0] as const, pin: 'ankleL' as const }
const hinge = { ...stance, tilt: 60, neck: -25, pelvis: [-12, 78] as const }

const bentOverRow = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'bar', hand: 'hands' }],
  keys: [
    key(body({ ...hinge, hands: [31, 49] }), 0.3, 0.8),
    key(body({ ...hinge, hands: [5, 73] }), 0.5, 1.2),
  ],
})

const benchRowBase = {
  tilt: 75,
  neck: -20,
  pelvis: [0, 86] as const,
  feet: [
    [8, 0],
    [8, 0],
  ] as const,
  hipR: 75,
  kneeR: 90,
  ankleR: -40,
}
const benchRow = (hand: readonly [number, number]) => {
  const pose = body({ ...benchRowBase, hands: [hand, [50, 40]] })
  // The far knee rests on the bench: it keeps the angles set above, not the reach to the floor.
  return { ...pose, joints: { ...pose.joints, hipR: 75, kneeR: 90, ankleR: -40 } }
}
const singleArmRow = demo({
  view: 'side',
  symmetry: 'one-sided',
  grounded: ['ankleL', 'toeL'],
  props: [
    { kind: 'bench', at: [20, 38], size: [110, 8] },
    { kind: 'dumbbell', hand: 'handL' },
  ],
  keys: [key(benchRow([49, 44]), 0.3, 0.8), key(benchRow([10, 80]), 0.5, 1.1)],
})

const seated = {
  pelvis: [0, 45] as const,
  feet: [75, 30] as const,
  footAngle: 170,
  pin: 'pelvis' as const,
}
const seatedCableRow = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [
    { kind: 'box', at: [0, 38], size: [34, 38] },
    { kind: 'box', at: [86, 55], size: [6, 55] },
    { kind: 'cable', hand: 'hands', from: [112, 40] },
  ],
  keys: [
    key(body({ ...seated, tilt: 20, hands: [70, 86] }), 0.2, 0.9),
    key(body({ ...seated, tilt: -5, hands: [12, 72] }), 0.6, 1.2),
  ],
})

const floorSit = {
  pelvis: [0, 10] as const,
  feet: [86, 6] as const,
  footAngle: 170,
  pin: 'pelvis' as const,
}
const bandSeatedRow = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [
    { kind: 'mat', at: [40, 0], size: [150, 3] },
    { kind: 'band', hand: 'hands', from: [92, 10] },
  ],
  keys: [
    key(body({ ...floorSit, tilt: 12, hands: [60, 36] }), 0.2, 0.9),
    key(body({ ...floorSit, tilt: 0, hands: [14, 36] }), 0.8, 1.1),
  ],
})

// A high plank on the weights: the toes and hands carry the body, the back stays straight.
const plankOn = (handHeight: number) => {
  const base = body({
    tilt: 62,
    neck: -10,
    ankle: 0,
    pin: 'toeL',
    at: [0, 0],
    hands: (p: Points) => [p.shoulderL[0] + 2, handHeight],
  })
  return { base, handX: pointOf(base, 'handL')[0] }
}
const { base: highPlank, handX } = plankOn(9)
const plankWithArm = (left: readonly [number, number]) =>
  body({ tilt: 62, neck: -10, pin: 'toeL', at: [0, 0], hands: [left, [handX, 9]] })
const renegadeRow = demo({
  view: 'side',
  symmetry: 'alternating',
  grounded: ['toeL', 'toeR'],
  props: [
    { kind: 'dumbbell', hand: 'handL' },
    { kind: 'dumbbell', hand: 'handR' },
  ],
  keys: alternate([key(highPlank, 0.2, 0.7), key(plankWithArm([handX - 30, 40]), 0.4, 0.7)]),
})

const seatedFront = { pin: 'pelvis' as const, at: [0, 50] as const, hip: 8, thighDepth: 80 }
const latPullDown = demo({
  view: 'front',
  symmetry: 'symmetric',
  props: [
    { kind: 'box', at: [0, 42], size: [50, 42] },
    { kind: 'cable', hand: 'hands', from: [0, 230] },
    { kind: 'bar', hand: 'hands' },
  ],
  keys: [
    key(front({ ...seatedFront, shoulder: 160, elbow: 5 }), 0.2, 1),
    key(front({ ...seatedFront, shoulder: 45, elbow: 125 }), 0.5, 1.2),
  ],
})

const standFront = { pin: 'ankleL' as const, at: [12, 0] as const, hip: 4 }
const bandPullDown = demo({
  view: 'front',
  symmetry: 'symmetric',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'band', hand: 'hands', from: [0, 225] }],
  keys: [
    key(front({ ...standFront, shoulder: 155, elbow: 10 }), 0.2, 1),
    key(front({ ...standFront, shoulder: 40, elbow: 120 }), 0.6, 1.1),
  ],
})

const facePull = demo({
  view: 'front',
  symmetry: 'symmetric',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'rope', hand: 'hands' }],
  keys: [
    key(front({ ...standFront, shoulder: -100, depth: 70, elbow: 0 }), 0.2, 1),
    key(front({ ...standFront, shoulder: 95, depth: 15, elbow: 95 }), 0.6, 1.1),
  ],
})

const bandPullApart = demo({
  view: 'front',
  symmetry: 'symmetric',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'band', hand: 'hands' }],
  keys: [
    key(front({ ...standFront, shoulder: -90, depth: 72 }), 0.2, 1),
    key(front({ ...standFront, shoulder: 88 }), 0.6, 1),
  ],
})

const lateralRaise = demo({
  view: 'front',
  symmetry: 'symmetric',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'dumbbell', hand: 'hands' }],
  keys: [
    key(front({ ...standFront, shoulder: 12, elbow: 15 }), 0.2, 1),
    key(front({ ...standFront, shoulder: 85, elbow: 15 }), 0.3, 1.3),
  ],
})

// From the side, so the hinge shows: a front view drew it as a lateral raise, and that is the mistake to
// avoid. Back flat and near level, the dumbbells hang under the shoulders, then the arms open out to the
// sides (towards the viewer, so they look short) until they are level with the back.
const flyHinge = { ...stance, tilt: 72, neck: -30, pelvis: [-16, 82] as const }
const reverseFly = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'dumbbell', hand: 'hands' }],
  keys: [
    key(body({ ...flyHinge, shoulder: 72, elbow: 12 }), 0.2, 1),
    key(body({ ...flyHinge, shoulder: -52, elbow: 10, depth: 76 }), 0.5, 1.2),
  ],
})

const reverseSnowAngel = demo({
  view: 'top',
  symmetry: 'symmetric',
  props: [{ kind: 'mat', at: [0, -100], size: [110, 250] }],
  keys: [
    key(front({ hip: 3, shoulder: 12, elbow: 5, ankle: 0 }), 0.3, 1.4),
    key(front({ hip: 3, shoulder: 170, elbow: 10, ankle: 0 }), 0.3, 1.4),
  ],
})

export const PULLS: Record<string, Demo> = {
  'bent-over-barbell-row': bentOverRow,
  'single-arm-dumbbell-row': singleArmRow,
  'seated-cable-row': seatedCableRow,
  'band-seated-row': bandSeatedRow,
  'renegade-row': renegadeRow,
  'lat-pull-down': latPullDown,
  'band-pull-down': bandPullDown,
  'face-pull': facePull,
  'band-pull-apart': bandPullApart,
  'lateral-raise': lateralRaise,
  'reverse-fly': reverseFly,
  'reverse-snow-angel': reverseSnowAngel,
}
