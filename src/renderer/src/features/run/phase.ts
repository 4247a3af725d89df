// How each phase looks: a full-screen colour plus a big word, so the phase never relies on colour alone.
import { KIND_LABELS, type StepKind } from '@shared/engine/plan'
import { readableTextOn } from '@shared/color'

/** The big word on screen is the engine's own name for the phase, so the two never disagree. */
export const PHASE_WORDS: Record<StepKind, string> = KIND_LABELS

/** Each passes WCAG AA against its text colour (checked in tests/unit/shared/engine/cueSchedule.test.ts). */
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
