// A format block said in the reader's words, for the builder: "12 windows of 1:00, taking turns: 10 Push-ups
// / 15 Kettlebell swings; rest the remainder of each window". Plurals come from the locale files' CLDR forms
// and lengths from Intl, so no sentence is glued together here; the caller hands in its translator.
import type { Translate } from '../i18n/translate'
import { formatClock, formatDuration } from '../i18n/format'
import type { Block, Circuit, ExerciseEntry } from '../model/circuit'

/** A translator and the language it writes. */
export interface Wording {
  t: Translate
  lang: string
}

/** A library move reads in the reader's language while it still carries its English name. */
export function entryName(entry: Pick<ExerciseEntry, 'name' | 'libraryId'>, w: Wording): string {
  const id = entry.libraryId
  if (!id) return entry.name
  const key = `library:exercises.${id}.name`
  const english = w.t(key, { lng: 'en', defaultValue: '' })
  return english === entry.name ? w.t(key, { defaultValue: entry.name }) : entry.name
}

function moveWords(
  entry: ExerciseEntry,
  block: Block,
  circuit: Pick<Circuit, 'defaults'>,
  w: Wording
) {
  const name = entryName(entry, w)
  if (entry.mode === 'reps')
    return w.t('builder:format.repsMove', { reps: entry.reps ?? '?', name })
  const sec = entry.workSec ?? block.workSec ?? circuit.defaults.workSec
  return w.t('builder:format.timedMove', { length: formatDuration(sec, w.lang, 'short'), name })
}

/** The sentence for a block's format; null for plain intervals. */
export function formatSentence(
  block: Block,
  circuit: Pick<Circuit, 'defaults'>,
  w: Wording
): string | null {
  const format = block.format
  if (!format || format.type === 'intervals') return null
  const moves = block.exercises.map((e) => moveWords(e, block, circuit, w))
  const clock = (sec: number) => formatClock(sec, w.lang)
  switch (format.type) {
    case 'emom':
      return w.t(moves.length > 1 ? 'builder:format.emomTurns' : 'builder:format.emom', {
        count: format.windows,
        length: clock(format.windowSec),
        // A slash between moves taken in turn reads the same in every language Cadence speaks.
        moves: moves.join(' / '),
      })
    case 'amrap':
      return w.t('builder:format.amrap', { length: clock(format.capSec), moves: moves.join(', ') })
    case 'forTime':
      return format.capSec === undefined
        ? w.t('builder:format.forTime', { count: block.rounds, moves: moves.join(', ') })
        : w.t('builder:format.forTimeCap', {
            count: block.rounds,
            cap: clock(format.capSec),
            moves: moves.join(', '),
          })
  }
}
