import { describe, expect, it } from 'vitest'
import { deltaEHex } from '@shared/color/lab'
import { DEFICIENCIES, deficientDeltaE, simulateDeficiency } from '@shared/color/visionDeficiency'

describe('simulateDeficiency (Machado et al. 2009, severity 1.0)', () => {
  it.each(DEFICIENCIES)('%s leaves white, black and greys as they are', (d) => {
    for (const grey of ['#ffffff', '#000000', '#808080']) {
      const [r, g, b] = simulateDeficiency(grey, d)
      expect(r).toBeCloseTo(g, 3)
      expect(g).toBeCloseTo(b, 3)
    }
  })

  // The paper's matrices applied to the pure primaries give back their columns.
  it.each([
    ['protanopia', '#ff0000', [0.152286, 0.114503, -0.003882]],
    ['deuteranopia', '#00ff00', [0.860646, 0.672501, 0.04294]],
    ['tritanopia', '#0000ff', [-0.178779, 0.147602, 0.3039]],
  ] as const)('%s sees %s as %j (linear)', (d, hex, expected) => {
    const got = simulateDeficiency(hex, d)
    expected.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 5))
  })

  it('red and green, far apart for most eyes, nearly merge for red-green dichromats only', () => {
    expect(deltaEHex('#d62728', '#2ca02c')).toBeGreaterThan(50)
    expect(deficientDeltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(20)
    expect(deficientDeltaE('#d62728', '#2ca02c', 'tritanopia')).toBeGreaterThan(40)
  })
})
