import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { contrastRatio, readableTextOn } from '@shared/color'
import { PRESETS } from '@shared/library'
import { PHASE_COLOURS, phaseColours } from '@shared/run/phase'

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

  it("so does every preset's work colour, and any colour a user picks gets the text that reads", () => {
    for (const preset of PRESETS) {
      const { background, text } = phaseColours('work', preset.color)
      expect(background).toBe(preset.color)
      expect(contrastRatio(background, text), preset.name).toBeGreaterThanOrEqual(4.5)
    }
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = `#${n.toString(16).padStart(6, '0')}`
        expect(contrastRatio(bg, readableTextOn(bg)), bg).toBeGreaterThanOrEqual(4.5)
      }),
      { numRuns: 2_000, examples: [[0x777777], [0x767676], [0xfde047]] }
    )
  })
})
