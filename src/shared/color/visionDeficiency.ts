// How a colour looks to people with the three common dichromacies, so tests can check that phase colours
// stay apart for them. Pure matrices from Machado, Oliveira and Fernandes (2009), severity 1.0, applied to
// linear sRGB as the paper does; small enough that a dependency would add more than it saves.
import { deltaE2000, hexToLinear, linearToLab, type LinearRgb } from './lab'

export type Deficiency = 'protanopia' | 'deuteranopia' | 'tritanopia'
export const DEFICIENCIES: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia']

type Matrix = readonly [LinearRgb, LinearRgb, LinearRgb]

/** Machado et al. 2009, table of simulation matrices, severity 1.0. */
export const MACHADO_2009: Record<Deficiency, Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

/** The linear sRGB a person with the deficiency perceives for a #rrggbb colour (unclamped). */
export function simulateDeficiency(hex: string, deficiency: Deficiency): LinearRgb {
  const [r, g, b] = hexToLinear(hex)
  const m = MACHADO_2009[deficiency]
  const row = (i: 0 | 1 | 2) => m[i][0] * r + m[i][1] * g + m[i][2] * b
  return [row(0), row(1), row(2)]
}

/** CIEDE2000 between two colours as a person with the deficiency sees them. */
export function deficientDeltaE(a: string, b: string, deficiency: Deficiency): number {
  return deltaE2000(
    linearToLab(simulateDeficiency(a, deficiency)),
    linearToLab(simulateDeficiency(b, deficiency))
  )
}
