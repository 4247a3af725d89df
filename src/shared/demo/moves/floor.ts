// Floor work from the side: planks, push-ups, all-fours, face-down moves and the back-extension bench.
import { alternate, body, demo, key, pointOf, settle, via } from '../build'
import type { Demo } from '../schema'
import type { Points } from '../skeleton'

// Arms straight and near upright, hands on the floor, toes pinned: the body's slope is what makes it fit.
const plankTop = settle(
  body({ tilt: 66, neck: -8, ankle: 0, pin: 'toeL', at: [0, 0], shoulder: 62 }),
  'tilt',
  'handL',
  0,
  'side'
)
const handX = pointOf(plankTop, 'handL')[0]
const topTilt = plankTop.joints.tilt
const onHands = (tilt: number, extra: Parameters<typeof body>[0] = {}) =>
  body({ tilt, neck: -8, ankle: 0, pin: 'toeL', at: [0, 0], hands: [handX, 0], ...extra })

const pushUp = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: ['toeL', 'toeR', 'handL', 'handR'],
  keys: [
    // Close keys: between them the toes stay pinned and the hands stay within a centimetre or two of the floor.
    key(plankTop, 0.2, 0.3),
    via(onHands(topTilt + 5), 0.2),
    via(onHands(topTilt + 10), 0.3),
    key(onHands(topTilt + 15), 0.2, 0.3),
    via(onHands(topTilt + 10), 0.2),
    via(onHands(topTilt + 5), 0.3),
  ],
})

// Arms locked all the way: only the chest moves, sinking between the shoulders (blades squeezed) and then
// pushed up into a rounded upper back (blades spread). The shoulders stay where straight arms hold them,
// so the elbows never bend; the old drawing bent them, which read as a small push-up.
const plankShoulderY = pointOf(plankTop, 'shoulderL')[1]
const scapula = (spine: number) => {
  const back = { spine, neck: -8 - spine / 2 }
  // Settle the slope with the arms as they were, then reach the hands again from the settled shoulders.
  const { tilt } = settle(
    onHands(topTilt, back),
    'tilt',
    'shoulderL',
    plankShoulderY,
    'side'
  ).joints
  return onHands(tilt, back)
}
const scapularPushUp = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: ['toeL', 'toeR', 'handL', 'handR'],
  keys: [
    key(scapula(14), 0.4, 0.4),
    via(scapula(0), 0.4),
    key(scapula(-14), 0.4, 0.4),
    via(scapula(0), 0.4),
  ],
})

const plank = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: ['toeL', 'toeR', 'handL', 'handR'],
  keys: [
    key(
      body({
        tilt: 76,
        neck: -6,
        ankle: 5,
        pin: 'toeL',
        at: [0, 0],
        hands: (p) => [p.shoulderL[0] + 28, 1],
      }),
      1.5,
      1
    ),
    key(
      body({
        tilt: 76.5,
        neck: -6,
        ankle: 5,
        spine: -2,
        pin: 'toeL',
        at: [0, 0],
        hands: (p) => [p.shoulderL[0] + 28, 1],
      }),
      1.5,
      1
    ),
  ],
})

const onWeights = (reach: boolean) =>
  body({
    tilt: 64,
    neck: -8,
    pin: 'toeL',
    at: [0, 0],
    hands: (p) => [
      reach ? [p.shoulderL[0] + 55, p.shoulderL[1] + 8] : [p.shoulderL[0] + 2, 9],
      [p.shoulderR[0] + 2, 9],
    ],
  })
const dumbbellPlankReach = demo({
  view: 'side',
  symmetry: 'alternating',
  grounded: ['toeL', 'toeR'],
  props: [
    { kind: 'dumbbell', hand: 'handL' },
    { kind: 'dumbbell', hand: 'handR' },
  ],
  keys: alternate([key(onWeights(false), 0.2, 0.8), key(onWeights(true), 0.8, 0.8)]),
})

// On all fours: knees under the hips, hands under the shoulders.
const fours = (extra: Parameters<typeof body>[0] = {}) =>
  body({
    tilt: 80,
    hip: 80,
    knee: 90,
    ankle: -50,
    pin: 'kneeR',
    at: [0, 5],
    hands: (p: Points) => [p.neck[0] + 4, 0],
    ...extra,
  })
const birdDog = demo({
  view: 'side',
  symmetry: 'alternating',
  keys: alternate([
    key(fours(), 0.3, 0.9),
    key(
      fours({
        hipL: -12,
        kneeL: 0,
        ankleL: -40,
        hands: (p: Points) => [
          [p.neck[0] + 4, 0],
          [p.neck[0] + 60, p.neck[1] + 4],
        ],
      }),
      1.2,
      0.9
    ),
  ]),
})

const catCow = demo({
  view: 'side',
  symmetry: 'symmetric',
  keys: [
    key(fours({ tilt: 66, spine: 32, neck: 35, hip: 66 }), 0.6, 1.3),
    key(fours({ tilt: 98, spine: -34, neck: -40, hip: 98 }), 0.6, 1.3),
  ],
})

// Face down: the trunk points forwards (tilt 90), the pelvis stays on the floor.
const prone = { pin: 'pelvis' as const, at: [0, 10] as const, tilt: 90, ankle: -45 }
const superman = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [{ kind: 'mat', at: [0, 0], size: [190, 3] }],
  keys: [
    key(body({ ...prone, shoulder: 176 }), 0.4, 0.9),
    key(body({ ...prone, spine: -18, neck: -12, hip: -22, shoulder: 178 }), 2, 0.9),
  ],
})

// Hands on the floor just behind the shoulders, elbows up and back, as the chest rests down.
const cobraHands = (p: Points): readonly [number, number] => [p.pelvis[0] + 36, 2]
const cobra = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [{ kind: 'mat', at: [0, 0], size: [190, 3] }],
  keys: [
    key(body({ ...prone, hands: cobraHands }), 0.4, 1.4),
    key(body({ ...prone, tilt: 68, spine: -34, neck: -12, hip: -22, hands: cobraHands }), 1.2, 1.2),
  ],
})

// On the machine: the feet are held on the platform, the legs lie on the pad at 45 degrees.
const hyper = { pin: 'ankleL' as const, at: [0, 16] as const, shoulder: 18, elbow: 140, ankle: 10 }
const backExtension = demo({
  view: 'side',
  symmetry: 'symmetric',
  props: [
    { kind: 'box', at: [0, 16], size: [16, 16] },
    { kind: 'box', at: [54, 66], size: [16, 66] },
  ],
  keys: [
    key(body({ ...hyper, tilt: 135, hip: 90, neck: 10 }), 0.3, 1.2),
    key(body({ ...hyper, tilt: 48, hip: 3, neck: -5 }), 0.8, 1.3),
  ],
})

const speedBagHands = (lead: 'L' | 'R') => (p: Points) => {
  const s = p.shoulderL
  const high: readonly [number, number] = [s[0] + 34, s[1] + 8]
  const low: readonly [number, number] = [s[0] + 24, s[1] - 2]
  return lead === 'L' ? ([high, low] as const) : ([low, high] as const)
}
const speedBag = demo({
  view: 'side',
  symmetry: 'alternating',
  grounded: ['ankleL', 'ankleR', 'toeL', 'toeR'],
  props: [{ kind: 'bag', at: [50, 165], size: [16, 26] }],
  keys: alternate([
    key(
      body({
        feet: [0, 0],
        pin: 'ankleL',
        pelvis: [-3, 84],
        tilt: 6,
        neck: -6,
        hands: speedBagHands('L'),
      }),
      0,
      0.22
    ),
  ]),
})

export const FLOOR: Record<string, Demo> = {
  'scapular-push-up': scapularPushUp,
  'push-up': pushUp,
  'speed-bag': speedBag,
  superman,
  'back-extension': backExtension,
  'bird-dog': birdDog,
  plank,
  'dumbbell-plank-reach': dumbbellPlankReach,
  'cat-cow': catCow,
  cobra,
}
