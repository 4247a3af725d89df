// The run screen's and the TV's inline style from a phase's look: the phase colour fills the screen and
// the circuit's colour is only the accent band (--run-accent), so both windows draw it the same way.
import type { CSSProperties } from 'react'
import type { PhaseLook } from '@shared/run/phase'

export function phaseStyle(look: PhaseLook): CSSProperties {
  // The twins as variables, so the last seconds can show the digits in inverse video on any phase.
  const style: Record<string, string> = {
    background: look.background,
    color: look.text,
    '--run-bg': look.background,
    '--run-text': look.text,
  }
  if (look.accent) style['--run-accent'] = look.accent
  return style
}
