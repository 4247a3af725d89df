// Swings, ropes and steady cardio, all from the side: the hip snap, the waves, the stroke and the stride.
import { alternate, body, demo, FEET, key } from '../build'
import type { Demo, PropKind } from '../schema'
import type { Points } from '../skeleton'

const feet = { feet: [0, 0] as const, pin: 'ankleL' as const }

const swing = (kind: PropKind, back: readonly [number, number], top: readonly [number, number]) =>
  demo({
    view: 'side',
    symmetry: 'symmetric',
    grounded: FEET,
    props: [{ kind, hand: 'hands' }],
    keys: [
      key(body({ ...feet, pelvis: [-20, 76], tilt: 66, neck: -28, hands: back }), 0, 0.55),
      key(body({ ...feet, pelvis: [0, 86], tilt: -4, hands: top }), 0.15, 0.6),
    ],
  })
const dumbbellSwing = swing('dumbbell', [-6, 52], [50, 124])
const kettlebellSwing = swing('kettlebell', [-14, 56], [52, 128])

const ropeHands = (p: Points) => {
  const s = p.shoulderL
  return [
    [s[0] + 44, s[1] - 8],
    [s[0] + 42, s[1] - 40],
  ] as const
}
const battleRopes = demo({
  view: 'side',
  symmetry: 'alternating',
  grounded: FEET,
  props: [
    { kind: 'rope', hand: 'handL', from: [190, 8] },
    { kind: 'rope', hand: 'handR', from: [190, 8] },
  ],
  keys: alternate([
    key(
      body({ ...feet, feet: [0, 0], pelvis: [-16, 70], tilt: 26, neck: -20, hands: ropeHands }),
      0,
      0.28
    ),
  ]),
})

// The rower: the seat slides on a rail, the feet are strapped to an inclined plate.
const rower = { feet: [80, 16] as const, footAngle: 140, pin: 'pelvis' as const }
const rowMachine = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [
    { kind: 'box', at: [30, 12], size: [160, 5] },
    { kind: 'box', at: [92, 34], size: [6, 22] },
    { kind: 'cable', hand: 'hands', from: [112, 40] },
  ],
  keys: [
    key(body({ ...rower, pelvis: [2, 24], tilt: 22, neck: -8, hands: [84, 62] }), 0, 0.4),
    key(body({ ...rower, pelvis: [-4, 24], tilt: 20, neck: -5, hands: [72, 62] }), 0, 0.4),
    key(body({ ...rower, pelvis: [-8, 24], tilt: -22, neck: 5, hands: [-18, 58] }), 0.15, 0.7),
    key(body({ ...rower, pelvis: [-8, 24], tilt: 22, neck: -5, hands: [60, 56] }), 0, 0.7),
  ],
})

const stride = (
  hipF: number,
  kneeF: number,
  ankleF: number,
  hipB: number,
  kneeB: number,
  ankleB: number
) => ({
  hipL: hipF,
  kneeL: kneeF,
  ankleL: ankleF,
  hipR: hipB,
  kneeR: kneeB,
  ankleR: ankleB,
})

const briskWalk = demo({
  view: 'side',
  symmetry: 'alternating',
  keys: alternate([
    key(
      body({
        pin: 'pelvis',
        at: [0, 84],
        tilt: 4,
        ...stride(24, 4, 8, -16, 14, -20),
        shoulderL: -22,
        shoulderR: 26,
        elbow: 25,
      }),
      0,
      0.55
    ),
  ]),
})

const running = demo({
  view: 'side',
  symmetry: 'alternating',
  keys: alternate([
    key(
      body({
        pin: 'pelvis',
        at: [0, 90],
        tilt: 10,
        neck: -8,
        ...stride(48, 30, 8, -22, 70, -30),
        shoulderL: -40,
        shoulderR: 50,
        elbow: 90,
      }),
      0,
      0.36
    ),
  ]),
})

// Cycling: the feet follow pedals on a circle; half a turn later the other foot is where this one was.
const CRANK: readonly [number, number] = [18, 34]
const pedal = (deg: number): readonly [number, number] => [
  CRANK[0] + 17 * Math.sin((deg * Math.PI) / 180),
  CRANK[1] + 17 * Math.cos((deg * Math.PI) / 180),
]
const onBike = (deg: number) =>
  body({
    pin: 'pelvis',
    pelvis: [0, 92],
    tilt: 38,
    neck: -25,
    feet: [pedal(deg), pedal(deg + 180)],
    footAngle: 75,
    hands: [58, 100],
  })
const cycling = demo({
  view: 'side',
  symmetry: 'alternating',
  props: [
    { kind: 'box', at: [0, 88], size: [22, 5] },
    { kind: 'box', at: [4, 83], size: [5, 52] },
    { kind: 'wheel', at: [18, 34], size: [17, 17] },
    { kind: 'wheel', at: [-40, 30], size: [30, 30] },
    { kind: 'wheel', at: [75, 30], size: [30, 30] },
    { kind: 'box', at: [60, 102], size: [5, 70] },
  ],
  keys: alternate([key(onBike(0), 0, 0.22), key(onBike(90), 0, 0.22)]),
})

// Front crawl: one arm reaches forwards while the other pulls back under the body; the legs flutter.
const swimming = demo({
  view: 'side',
  symmetry: 'alternating',
  props: [{ kind: 'water', at: [20, 52], size: [240, 2] }],
  keys: alternate([
    key(
      body({
        pin: 'pelvis',
        at: [0, 40],
        tilt: 88,
        neck: -20,
        hipL: 8,
        hipR: -8,
        kneeR: 15,
        ankle: -50,
        shoulderL: 176,
        shoulderR: 40,
        elbowR: 20,
      }),
      0,
      0.7
    ),
  ]),
})

export const CARDIO: Record<string, Demo> = {
  'dumbbell-swing': dumbbellSwing,
  'kettlebell-swing': kettlebellSwing,
  'battle-ropes': battleRopes,
  'row-machine': rowMachine,
  'brisk-walk': briskWalk,
  cycling,
  swimming,
  running,
}
