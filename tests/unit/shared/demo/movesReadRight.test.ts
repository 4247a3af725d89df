// Two moves a newcomer got wrong from the figure, held to what the move is: a scapular push-up never bends
// the elbows (only the shoulder blades move), and a reverse fly is done hinged over, not standing up (the
// upright front view read as a lateral raise).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEMOS } from '@shared/demo'
import { cycleSeconds, frameAt, jointsAt } from '@shared/demo/frames'

const demo = (id: string) => {
  const found = DEMOS[id]
  if (!found) throw new Error(`no demo for ${id}`)
  return found
}
const instant = (cycle: number) =>
  fc.noBias(fc.integer({ min: 0, max: 10_000 })).map((n) => (n / 10_000) * cycle)

describe('moves drawn as they are done', () => {
  it('a scapular push-up keeps the arms straight at every instant, and the chest moves', () => {
    const d = demo('scapular-push-up')
    fc.assert(
      fc.property(instant(cycleSeconds(d)), (t) => {
        const j = jointsAt(d, t)
        expect(Math.max(j.elbowL, j.elbowR)).toBeLessThan(15)
      })
    )
    const spines = d.keys.map((k) => k.pose.joints.spine)
    expect(Math.max(...spines) - Math.min(...spines)).toBeGreaterThanOrEqual(20)
  })

  it('a reverse fly is drawn from the side, hinged over with the back near level', () => {
    const d = demo('reverse-fly')
    expect(d.view).toBe('side')
    fc.assert(
      fc.property(instant(cycleSeconds(d)), (t) => {
        const p = frameAt(d, t)
        // The shoulders are forward of the hips and barely higher: the trunk leans more than 60°.
        const rise = p.neck[1] - p.pelvis[1]
        const reach = p.neck[0] - p.pelvis[0]
        expect((Math.atan2(reach, rise) * 180) / Math.PI).toBeGreaterThan(60)
      })
    )
  })
})
