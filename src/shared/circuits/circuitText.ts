// A circuit as plain text in the reader's language, for pasting into a message: it needs the compiled plan
// for the total time. Each line is one sentence from builder:text, so no line is glued from pieces.
import { compilePlan } from '../engine/plan'
import { formatDuration } from '../i18n/format'
import type { Circuit } from '../model/circuit'
import { entryName, type Wording } from './formatSentence'

/** A circuit as readable text, for pasting into a message. */
export function circuitAsText(circuit: Circuit, w: Wording): string {
  const { t } = w
  const sec = (s: number) => formatDuration(s, w.lang, 'short')
  const plan = compilePlan(circuit)
  const total = sec(plan.totals.durationMs / 1000)
  const lines = [
    plan.totals.manualSteps
      ? t('builder:text.titleWithReps', { name: circuit.name, total })
      : t('builder:text.title', { name: circuit.name, total }),
  ]
  if (circuit.description) lines.push(circuit.description)
  if (circuit.prepareSec > 0)
    lines.push(t('builder:text.prepare', { length: sec(circuit.prepareSec) }))
  if (circuit.warmup) {
    const label = circuit.warmup.label ?? t('builder:circuit.warmup')
    lines.push(t('builder:text.part', { label, length: sec(circuit.warmup.durationSec) }))
  }
  circuit.blocks.forEach((block, b) => {
    const title =
      block.name ||
      (circuit.blocks.length > 1
        ? t('builder:block.numbered', { number: b + 1 })
        : t('builder:circuit.legend'))
    const rest = block.restBetweenRoundsSec ? sec(block.restBetweenRoundsSec) : ''
    lines.push(
      '',
      rest
        ? t('builder:text.blockWithRest', { title, count: block.rounds, rest })
        : t('builder:text.block', { title, count: block.rounds })
    )
    block.exercises.forEach((e, i) => lines.push(exerciseLine(circuit, block, e, i, w)))
  })
  if (circuit.cooldown) {
    const label = circuit.cooldown.label ?? t('builder:circuit.cooldown')
    lines.push('', t('builder:text.part', { label, length: sec(circuit.cooldown.durationSec) }))
  }
  lines.push('', t('builder:text.madeWith'))
  return lines.join('\n')
}

type Block = Circuit['blocks'][number]
type Entry = Block['exercises'][number]

/** "  1. Push-ups: 40 sec work each side, 20 sec rest (slow)". */
function exerciseLine(circuit: Circuit, block: Block, e: Entry, i: number, w: Wording): string {
  const { t } = w
  const sec = (s: number) => formatDuration(s, w.lang, 'short')
  const work =
    e.mode === 'reps'
      ? t('common:count.reps', { count: e.reps ?? 0 })
      : t('builder:text.work', {
          length: sec(e.workSec ?? block.workSec ?? circuit.defaults.workSec),
        })
  const rest = e.restSec ?? block.restSec ?? circuit.defaults.restSec
  const size = e.sides ? t('builder:text.eachSide', { work }) : work
  const line = t(rest ? 'builder:text.exerciseWithRest' : 'builder:text.exercise', {
    number: i + 1,
    name: entryName(e, w),
    size,
    rest: rest ? sec(rest) : '',
  })
  return e.notes ? `  ${t('builder:text.withNotes', { line, notes: e.notes })}` : `  ${line}`
}
