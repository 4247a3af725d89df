import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { contrastRatio, readableTextOn } from '@shared/color'
import { PRESETS } from '@shared/library'
import { PHASE_COLOURS, phaseColours } from '@shared/run/phase'
import type { StepKind } from '@shared/engine/plan'
import { deltaEHex, hexToLab } from '@shared/color/lab'
import { DEFICIENCIES, deficientDeltaE } from '@shared/color/visionDeficiency'

// The WCAG tests below measure with contrastRatio, so it is pinned first to published values: the W3C's
// white on black (21:1), and WebAIM's contrast checker for the rest.
describe('contrastRatio, the oracle of the tests below', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#000000', '#ffffff', 21],
    ['#123456', '#123456', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4],
    ['#00ff00', '#000000', 15.3],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    // Published to two decimals.
    expect(Math.round(contrastRatio(a, b) * 100) / 100).toBe(ratio)
  })
})

describe('phase colours', () => {
  it('every phase colour reads at WCAG AA (4.5:1) against the text chosen for it', () => {
    for (const [kind, background] of Object.entries(PHASE_COLOURS)) {
      const { text } = phaseColours(kind as keyof typeof PHASE_COLOURS)
      expect(contrastRatio(background, text), kind).toBeGreaterThanOrEqual(4.5)
    }
  })

  it("a preset's colour, or any colour a user picks, is an accent and never the work background", () => {
    for (const preset of PRESETS) {
      const look = phaseColours('work', preset.color)
      expect(look.background, preset.name).toBe(PHASE_COLOURS.work)
      expect(look.accent, preset.name).toBe(preset.color)
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.constantFrom(...KINDS), (n, kind) => {
        const picked = hex(n)
        const work = phaseColours('work', picked).background
        for (const other of KINDS.filter((k) => k !== 'work')) {
          expect(deltaEHex(work, phaseColours(other, picked).background), other).toBeGreaterThan(20)
        }
        expect(phaseColours(kind, picked).background).toBe(PHASE_COLOURS[kind])
      }),
      {
        numRuns: 500,
        examples: [
          [0x1d4ed8, 'rest'],
          [0x0f766e, 'cooldown'],
          [0x7c3aed, 'roundRest'],
        ],
      }
    )
  })

  it('any colour a user picks for a circuit still gets text that reads on it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = hex(n)
        expect(contrastRatio(bg, readableTextOn(bg)), bg).toBeGreaterThanOrEqual(4.5)
      }),
      { numRuns: 2_000, examples: [[0x777777], [0x767676], [0xfde047]] }
    )
  })

  it.each(pairs())('%s and %s differ in lightness and in colour, for every eye', (a, b) => {
    const [ca, cb] = [PHASE_COLOURS[a], PHASE_COLOURS[b]]
    expect(Math.abs(hexToLab(ca)[0] - hexToLab(cb)[0]), 'L*').toBeGreaterThanOrEqual(10)
    expect(deltaEHex(ca, cb), 'normal vision').toBeGreaterThanOrEqual(15)
    for (const d of DEFICIENCIES) expect(deficientDeltaE(ca, cb, d), d).toBeGreaterThanOrEqual(10)
  })
})

const KINDS = Object.keys(PHASE_COLOURS) as StepKind[]
const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`
function pairs(): [StepKind, StepKind][] {
  return KINDS.flatMap((a, i) => KINDS.slice(i + 1).map((b): [StepKind, StepKind] => [a, b]))
}
