// A format block's score in the reader's words ("5 rounds + 12 reps", "11 von 12 Fenstern pünktlich"), for
// History and the finish panel. The CSV keeps model/score.ts's English: machines read that column.
import type { Translate } from '../i18n/translate'
import { formatClock, formatDuration } from '../i18n/format'
import type { BlockScore } from '../model/score'

export interface Wording {
  t: Translate
  lang: string
}

/** "AMRAP", "EMOM", "For Time": the names gyms use, kept per language in history:score.formats. */
export const formatName = (format: BlockScore['format'], w: Wording) =>
  w.t(`history:score.formats.${format}`)

/** The score alone: "5 rounds + 12 reps", "4:32", "capped at 87 of 90 reps", "11 of 12 windows on time". */
export function scoreWords(score: BlockScore, w: Wording): string {
  const { t } = w
  switch (score.format) {
    case 'amrap':
      return t('history:score.amrap', {
        rounds: t('common:count.rounds', { count: score.rounds }),
        reps: t('common:count.reps', { count: score.reps }),
      })
    case 'forTime':
      return score.timeMs === null
        ? t('history:score.capped', { count: score.totalReps, reps: score.reps })
        : formatClock(score.timeMs / 1000, w.lang)
    case 'emom': {
      const onTime = t('history:score.emom', { count: score.windows, onTime: score.onTime })
      return score.overrunMs > 0
        ? t('history:score.over', {
            score: onTime,
            over: formatDuration(score.overrunMs / 1000, w.lang, 'short'),
          })
        : onTime
    }
  }
}
