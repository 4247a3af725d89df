// How each phase looks: a full-screen colour plus a big word, so the phase never relies on colour alone.
// The colours are Cadence's and fixed; the circuit's own colour is only an accent (a band on the screen's
// edge), so no colour a user picks can make work look like rest. (The big word is the engine's label: words.ts.)
import type { StepKind } from '../engine/plan'
import { readableTextOn } from '../color'

/** Each phase differs from every other in lightness (CIELAB L* at least 10 apart) as well as hue, stays
 * apart under protanopia, deuteranopia and tritanopia, and passes WCAG AA with its text; the tests in
 * tests/unit/shared/run/phase.test.ts check all three. Dark to light: prepare, round rest, rest, work,
 * cool-down, warm-up, switch. */
export const PHASE_COLOURS: Record<StepKind, string> = {
  prepare: '#0b0f19',
  roundRest: '#3b0764',
  rest: '#1e40af',
  work: '#c2410c',
  cooldown: '#14b8a6',
  warmup: '#fbbf24',
  switch: '#a5f3fc',
}

export interface PhaseLook {
  background: string
  text: string
  /** The circuit's colour, for a band at the edge of the screen; never the background. */
  accent: string | null
}

export function phaseColours(kind: StepKind, circuitColour?: string): PhaseLook {
  const background = PHASE_COLOURS[kind]
  return { background, text: readableTextOn(background), accent: circuitColour ?? null }
}
