// Hinges, deadlifts, carries and bridges: side views, so the hips moving back and the flat back show.
import { body, demo, FEET, front, key } from '../build'
import type { Demo } from '../schema'
import type { Points } from '../skeleton'

const feet = { feet: [0, 0] as const, pin: 'ankleL' as const }
const upright = { ...feet, pelvis: [0, 86] as const }

const conventionalDeadlift = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'bar', hand: 'hands' }],
  keys: [
    key(body({ ...feet, pelvis: [-25, 50], tilt: 58, neck: -30, hands: [8, 22] }), 0.3, 1.2),
    key(body({ ...upright, hands: [4, 82] }), 0.4, 1.3),
  ],
})

const romanianDeadlift = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'bar', hand: 'hands' }],
  keys: [
    key(body({ ...upright, hands: [4, 82] }), 0.3, 1.4),
    key(body({ ...feet, pelvis: [-22, 80], tilt: 78, neck: -30, hands: [8, 40] }), 0.3, 1.2),
  ],
})

const singleLegDeadlift = demo({
  view: 'side',
  symmetry: 'one-sided',
  grounded: ['ankleL', 'toeL'],
  props: [{ kind: 'dumbbell', hand: 'handR' }],
  keys: [
    key(
      body({
        ...feet,
        pelvis: [0, 86],
        feet: [
          [0, 0],
          [-6, 4],
        ],
        footAngle: 100,
        hands: [
          [2, 80],
          [4, 82],
        ],
      }),
      0.3,
      1.4
    ),
    key(
      body({
        pin: 'ankleL',
        at: [0, 0],
        tilt: 84,
        neck: -30,
        kneeL: 15,
        hipL: 94,
        ankleL: 5,
        hipR: -2,
        ankleR: -20,
        hands: (p: Points) => [
          [p.shoulderL[0] + 3, p.shoulderL[1] - 50],
          [p.shoulderR[0] + 3, p.shoulderR[1] - 54],
        ],
      }),
      0.5,
      1.2
    ),
  ],
})

// From the front: a wide stance, knees out over the toes, the bar low between the legs.
const sumoFront = { pin: 'ankleL' as const, at: [34, 0] as const }
const sumoDeadlift = demo({
  view: 'front',
  symmetry: 'symmetric',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'bar', hand: 'hands' }],
  keys: [
    key(
      front({ ...sumoFront, hip: 40, knee: 40, thighDepth: 70, trunkDepth: 40, shoulder: 4 }),
      0.3,
      1.2
    ),
    key(front({ ...sumoFront, hip: 17, knee: 17, shoulder: 4 }), 0.4, 1.2),
  ],
})

const standFront = { pin: 'ankleL' as const, at: [12, 0] as const, hip: 4 }
const suitcaseDeadlift = demo({
  view: 'front',
  symmetry: 'one-sided',
  grounded: ['ankleL', 'ankleR'],
  props: [{ kind: 'dumbbell', hand: 'handL' }],
  keys: [
    key(
      front({ ...standFront, hip: 12, knee: 12, thighDepth: 72, shoulderL: 4, shoulderR: 8 }),
      0.3,
      1.2
    ),
    key(front({ ...standFront, shoulderL: 4, shoulderR: 8 }), 0.4, 1.2),
  ],
})

const stride = (ahead: 'L' | 'R') => {
  const [front, back] = ahead === 'L' ? (['L', 'R'] as const) : (['R', 'L'] as const)
  return {
    [`hip${front}`]: 22,
    [`knee${front}`]: 4,
    [`ankle${front}`]: 8,
    [`hip${back}`]: -14,
    [`knee${back}`]: 12,
    [`ankle${back}`]: -18,
  }
}
const carry = (ahead: 'L' | 'R') =>
  body({
    pin: 'pelvis',
    at: [0, 84],
    ...stride(ahead),
    shoulderL: 3,
    elbowL: 3,
    shoulderR: ahead === 'L' ? -18 : 20,
    elbowR: 20,
  })
const suitcaseCarry = demo({
  view: 'side',
  symmetry: 'one-sided',
  props: [{ kind: 'dumbbell', hand: 'handL' }],
  keys: [key(carry('L'), 0, 0.55), key(carry('R'), 0, 0.55)],
})

// The bar sits on the upper back, just behind and below the neck.
const barOnBack = (p: Points): readonly [number, number] => {
  const dx = p.neck[0] - p.mid[0]
  const dy = p.neck[1] - p.mid[1]
  const len = Math.hypot(dx, dy)
  return [p.neck[0] - (dy / len) * 9 - (dx / len) * 3, p.neck[1] + (dx / len) * 9 - (dy / len) * 3]
}
const goodMorning = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'bar', hand: 'hands' }],
  keys: [
    key(body({ ...upright, hands: barOnBack, depth: 60 }), 0.3, 1.4),
    key(
      body({ ...feet, pelvis: [-20, 80], tilt: 72, neck: -25, hands: barOnBack, depth: 60 }),
      0.3,
      1.3
    ),
  ],
})

// Lying on the back: the trunk points away behind the figure (tilt -90), feet flat, knees up.
const bridgeFeet = { feet: [42, 0] as const, pin: 'ankleL' as const }
const bridgeDown = body({ ...bridgeFeet, pelvis: [0, 11], tilt: -90, shoulder: 0 })
const bridgeUp = body({ ...bridgeFeet, pelvis: [4, 36], tilt: -117, neck: 28, shoulder: -27 })
const gluteBridge = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [{ kind: 'mat', at: [-10, 0], size: [150, 3] }],
  keys: [key(bridgeDown, 0.3, 1), key(bridgeUp, 1, 1.1)],
})

const thrustBar = (p: Points): readonly [number, number] => [p.pelvis[0] + 2, p.pelvis[1] + 12]
const hipThrust = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: FEET,
  props: [
    { kind: 'bench', at: [-62, 38], size: [40, 8] },
    { kind: 'bar', hand: 'hands' },
  ],
  keys: [
    key(
      body({
        feet: [40, 0],
        pin: 'ankleL',
        pelvis: [-5, 18],
        tilt: -53,
        neck: 20,
        hands: thrustBar,
      }),
      0.3,
      1
    ),
    key(
      body({
        feet: [40, 0],
        pin: 'ankleL',
        pelvis: [4, 46],
        tilt: -90,
        neck: 30,
        hands: thrustBar,
      }),
      0.8,
      1.1
    ),
  ],
})

// Belly on the ball, hands on the floor; the straight legs lift from the floor to the line of the body.
const onBall = (hip: number) =>
  body({
    pelvis: [0, 72],
    tilt: 118,
    neck: -20,
    hip,
    ankle: -30,
    hands: (p: Points) => [p.shoulderL[0] + 6, 0],
  })
const ballDown = onBall(80)
const reverseHipRaise = demo({
  view: 'side',
  symmetry: 'symmetric',
  grounded: ['handL', 'handR'],
  props: [{ kind: 'ball', at: [0, 34], size: [34, 34] }],
  keys: [key(ballDown, 0.2, 1), key(onBall(22), 1, 1.1)],
})

export const HINGES: Record<string, Demo> = {
  'conventional-deadlift': conventionalDeadlift,
  'romanian-deadlift': romanianDeadlift,
  'single-leg-deadlift': singleLegDeadlift,
  'sumo-deadlift': sumoDeadlift,
  'suitcase-deadlift': suitcaseDeadlift,
  'suitcase-carry': suitcaseCarry,
  'good-morning': goodMorning,
  'glute-bridge': gluteBridge,
  'hip-thrust': hipThrust,
  'reverse-hip-raise': reverseHipRaise,
}
