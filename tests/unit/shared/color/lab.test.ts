import { describe, expect, it } from 'vitest'
import { deltaE2000, hexToLab, type Lab } from '@shared/color/lab'

// Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: pairs chosen to
// exercise every branch (hue wrap-around, neutral colours, the blue rotation term).
const SHARMA: [Lab, Lab, number][] = [
  [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
  [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
  [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
  [[50, 0, 0], [50, -1, 2], 2.3669],
  [[50, 2.5, 0], [73, 25, -18], 27.1492],
  [[50, 2.5, 0], [61, -5, 29], 22.8977],
  [[50, 2.5, 0], [56, -27, -3], 31.903],
  [[50, 2.5, 0], [58, 24, 15], 19.4535],
  [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  [[63.0109, -31.0961, -5.8663], [62.8187, -29.7946, -4.0864], 1.263],
  [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
]

describe('deltaE2000', () => {
  it.each(SHARMA)('%j to %j is %d', (a, b, expected) => {
    expect(deltaE2000(a, b)).toBeCloseTo(expected, 4)
    expect(deltaE2000(b, a)).toBeCloseTo(expected, 4)
  })
})

describe('hexToLab', () => {
  // Reference values: CIE 15:2004 white point; sRGB primaries as published by Bruce Lindbloom's calculator.
  it.each([
    ['#ffffff', [100, 0, 0]],
    ['#000000', [0, 0, 0]],
    ['#ff0000', [53.24, 80.09, 67.2]],
    ['#00ff00', [87.73, -86.18, 83.18]],
    ['#0000ff', [32.3, 79.19, -107.86]],
  ] as const)('%s is %j', (hex, lab) => {
    const got = hexToLab(hex)
    lab.forEach((v, i) => expect(got[i]).toBeCloseTo(v, 1))
  })
})
