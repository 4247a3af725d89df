// Every library move has a demo, and every demo's poses are ones a human body can take: joint angles within
// limits at every key and every in-between instant, feet on the floor where the move keeps them there,
// symmetric moves symmetric, alternating moves mirrored half way, one-sided moves mirrored for the right.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMOS } from '@shared/demo'
import { cycleSeconds, frameAt, jointsAt, mirrorJoints, mirrorPoints } from '@shared/demo/frames'
import { DemoSchema, type Demo, type Joints } from '@shared/demo/schema'
import { LIMB_JOINTS, jointLimit } from '@shared/demo/skeleton'
import { EXERCISES } from '@shared/library'

const entries = Object.entries(DEMOS)
const FLOOR_TOLERANCE_CM = 2.5

/**
 * An instant anywhere in the rep, spread evenly: fc.double leans hard towards 0 and the bounds, which would
 * test the first key pose over and over.
 */
const instant = (cycle: number) =>
  fc.noBias(fc.integer({ min: 0, max: 100_000 })).map((n) => (n / 100_000) * cycle)

/** The first joint outside its human range, described, or null. */
export function outOfRange(demo: Demo, joints: Joints): string | null {
  for (const name of LIMB_JOINTS) {
    const [lo, hi] = jointLimit(name, demo.view, joints)
    const value = joints[name]
    if (value < lo - 1e-6 || value > hi + 1e-6)
      return `${name} ${value.toFixed(1)} outside ${lo}..${hi}`
  }
  return null
}

const closeJoints = (a: Joints, b: Joints) => {
  for (const k of Object.keys(a) as (keyof Joints)[]) expect(a[k], k).toBeCloseTo(b[k], 6)
}

describe('demos', () => {
  it('every library move has exactly one demo, and nothing else does', () => {
    expect(Object.keys(DEMOS).sort()).toEqual(EXERCISES.map((e) => e.id).sort())
  })

  it.each(entries)('%s is a valid demo', (_id, demo) => {
    expect(DemoSchema.safeParse(demo).success).toBe(true)
  })

  it.each(entries)('%s: every key pose is within human joint limits', (_id, demo) => {
    for (const [i, key] of demo.keys.entries()) {
      expect(outOfRange(demo, key.pose.joints), `key ${i}`).toBeNull()
    }
  })

  it.each(entries)(
    '%s: every in-between frame is within limits and keeps its floor contacts',
    (_id, demo) => {
      const cycle = cycleSeconds(demo)
      fc.assert(
        fc.property(instant(cycle), (t) => {
          expect(outOfRange(demo, jointsAt(demo, t)), `t=${t}`).toBeNull()
          const points = frameAt(demo, t)
          for (const name of demo.grounded) {
            expect(Math.abs(points[name][1]), `${name} off the floor at t=${t}`).toBeLessThan(
              FLOOR_TOLERANCE_CM
            )
          }
        }),
        { numRuns: 200 }
      )
    }
  )

  const symmetric = entries.filter(([, d]) => d.symmetry === 'symmetric')
  it.each(symmetric)('%s: left and right do the same', (_id, demo) => {
    for (const key of demo.keys) closeJoints(key.pose.joints, mirrorJoints(key.pose.joints))
  })

  const alternating = entries.filter(([, d]) => d.symmetry === 'alternating')
  it.each(alternating)('%s: the second half mirrors the first', (_id, demo) => {
    const half = demo.keys.length / 2
    expect(Number.isInteger(half)).toBe(true)
    for (let i = 0; i < half; i++) {
      closeJoints(demo.keys[i + half]!.pose.joints, mirrorJoints(demo.keys[i]!.pose.joints))
    }
    // And it really alternates: some key is not its own mirror.
    expect(
      demo.keys.some(
        (k) => JSON.stringify(k.pose.joints) !== JSON.stringify(mirrorJoints(k.pose.joints))
      )
    ).toBe(true)
  })

  const oneSided = entries.filter(([, d]) => d.symmetry === 'one-sided')
  it('the one-sided library moves are drawn one-sided', () => {
    const ids = new Set(oneSided.map(([id]) => id))
    for (const e of EXERCISES.filter((x) => x.oneSided)) expect(ids.has(e.id), e.id).toBe(true)
  })

  it.each(oneSided)('%s: the right side is the left side mirrored', (_id, demo) => {
    const cycle = cycleSeconds(demo)
    fc.assert(
      fc.property(instant(cycle), (t) => {
        closeJoints(jointsAt(demo, t, 'right'), mirrorJoints(jointsAt(demo, t, 'left')))
        const right = frameAt(demo, t, 'right')
        const mirrored = mirrorPoints(frameAt(demo, t, 'left'))
        for (const name of Object.keys(right) as (keyof typeof right)[]) {
          expect(right[name][0]).toBeCloseTo(mirrored[name][0], 6)
          expect(right[name][1]).toBeCloseTo(mirrored[name][1], 6)
        }
      }),
      { numRuns: 50 }
    )
    // And the two sides differ: something works on one side only.
    const first = demo.keys.map((k) => k.pose.joints)
    expect(first.some((j) => JSON.stringify(j) !== JSON.stringify(mirrorJoints(j)))).toBe(true)
  })
})
