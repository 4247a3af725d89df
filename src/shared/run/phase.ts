// How each phase looks: a full-screen colour plus a big word, so the phase never relies on colour alone.
// (The big word is the engine's own label for the phase: see words.ts.)
import type { StepKind } from '../engine/plan'
import { readableTextOn } from '../color'

/** Each passes WCAG AA against its text colour (tests/unit/shared/run/phase.test.ts reads this table). */
export const PHASE_COLOURS: Record<StepKind, string> = {
  prepare: '#374151',
  warmup: '#b45309',
  work: '#c2410c',
  rest: '#1d4ed8',
  roundRest: '#6d28d9',
  switch: '#0e7490',
  cooldown: '#0f766e',
}

export function phaseColours(
  kind: StepKind,
  circuitColour?: string
): { background: string; text: string } {
  const background = kind === 'work' && circuitColour ? circuitColour : PHASE_COLOURS[kind]
  return { background, text: readableTextOn(background) }
}
