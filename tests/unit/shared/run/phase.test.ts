import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { contrastRatio, readableTextOn } from '@shared/color'
import { PRESETS } from '@shared/library'
import { PHASE_COLOURS, phaseColours } from '@shared/run/phase'

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
