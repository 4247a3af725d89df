// History as CSV: one row per session, or one per step; quoted the RFC 4180 way so any spreadsheet reads it.
import type { Session } from '../model/session'
import { FORMAT_NAMES, scoreText } from '../model/score'

/** Quotes a field when it holds a comma, quote, or line break; doubles inner quotes. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = String(value)
  // A leading = + - @ would run as a formula in spreadsheets: prefix it so it stays text.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export const csvRow = (fields: ReadonlyArray<string | number | null | undefined>): string =>
  `${fields.map(csvField).join(',')}\r\n`

/** "AMRAP 3 rounds + 10 reps; For Time 4:32": one cell for every format block's score. */
export const scoresText = (scores: Session['scores']): string =>
  (scores ?? []).map((x) => `${FORMAT_NAMES[x.format]} ${scoreText(x)}`).join('; ')

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10)

export const SESSION_CSV_HEADER = csvRow([
  'session_id',
  'started_at',
  'ended_at',
  'time_zone',
  'circuit',
  'category',
  'status',
  'active_s',
  'paused_s',
  'rounds_completed',
  'steps',
  'skipped_steps',
  'rpe',
  'kcal_estimate',
  'note',
  'score',
])

export function sessionCsvRow(s: Session): string {
  return csvRow([
    s.id,
    s.startedAt,
    s.endedAt,
    s.timeZone,
    s.circuit.name,
    s.circuit.category,
    s.status,
    seconds(s.activeMs),
    seconds(s.pausedMs),
    s.roundsCompleted,
    s.steps.length,
    s.steps.filter((x) => x.outcome === 'skipped').length,
    s.rpe,
    s.energy ? Math.round(s.energy.kcal) : null,
    s.note,
    scoresText(s.scores),
  ])
}

export const STEP_CSV_HEADER = csvRow([
  'session_id',
  'session_started_at',
  'circuit',
  'step',
  'kind',
  'label',
  'exercise',
  'side',
  'round',
  'planned_s',
  'actual_s',
  'paused_s',
  'added_s',
  'outcome',
])

export function stepCsvRows(s: Session): string {
  return s.steps
    .map((x) =>
      csvRow([
        s.id,
        s.startedAt,
        s.circuit.name,
        x.stepIndex + 1,
        x.kind,
        x.label,
        x.exerciseName,
        x.side,
        x.round,
        seconds(x.plannedMs),
        seconds(x.actualMs),
        seconds(x.pausedMs),
        seconds(x.addedMs),
        x.outcome,
      ])
    )
    .join('')
}
