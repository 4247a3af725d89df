// A circuit as plain text, for pasting into a message: it needs the compiled plan for the total time.
import { compilePlan } from '../engine/plan'
import type { Circuit } from '../model/circuit'
import { formatDuration } from '../model/durations'

const sec = (s: number) => formatDuration(s * 1000)

/** A circuit as readable text, for pasting into a message. */
export function circuitAsText(circuit: Circuit): string {
  const plan = compilePlan(circuit)
  const lines = [
    `${circuit.name} (${formatDuration(plan.totals.durationMs)}${plan.totals.manualSteps ? ' plus rep sets' : ''})`,
  ]
  if (circuit.description) lines.push(circuit.description)
  if (circuit.prepareSec > 0) lines.push(`Get ready: ${sec(circuit.prepareSec)}`)
  if (circuit.warmup)
    lines.push(`${circuit.warmup.label ?? 'Warm-up'}: ${sec(circuit.warmup.durationSec)}`)
  circuit.blocks.forEach((block, b) => {
    const title = block.name || (circuit.blocks.length > 1 ? `Block ${b + 1}` : 'Circuit')
    lines.push(
      '',
      `${title}: ${block.rounds} ${block.rounds === 1 ? 'round' : 'rounds'}${block.restBetweenRoundsSec ? `, ${sec(block.restBetweenRoundsSec)} rest between rounds` : ''}`
    )
    block.exercises.forEach((e, i) => {
      const work =
        e.mode === 'reps'
          ? `${e.reps} reps`
          : `${sec(e.workSec ?? block.workSec ?? circuit.defaults.workSec)} work`
      const rest = e.restSec ?? block.restSec ?? circuit.defaults.restSec
      const sides = e.sides ? ' each side' : ''
      lines.push(
        `  ${i + 1}. ${e.name}: ${work}${sides}${rest ? `, ${sec(rest)} rest` : ''}${e.notes ? ` (${e.notes})` : ''}`
      )
    })
  })
  if (circuit.cooldown)
    lines.push('', `${circuit.cooldown.label ?? 'Cool-down'}: ${sec(circuit.cooldown.durationSec)}`)
  lines.push('', 'Made with Cadence')
  return lines.join('\n')
}
