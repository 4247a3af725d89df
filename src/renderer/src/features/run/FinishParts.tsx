// The finish panel's parts: the session's figures, the effort picker and the optional load log.
import { useTranslation } from 'react-i18next'
import { formatDuration, formatNumber } from '@shared/i18n/format'
import { findExercise } from '@shared/library'
import type { ExerciseLoad, Session } from '@shared/model/session'
import type { RunView } from '@shared/run/runView'

export type LoadUnit = ExerciseLoad['unit']
export type TypedLoads = Record<string, { value: string; unit: LoadUnit }>

/** A duration whose number and unit never part, so "15 min, 10 sec" wraps between its parts, never inside one. */
const figure = (ms: number, lang: string) =>
  formatDuration(ms / 1000, lang, 'short').replace(/(\d) (?=\p{L})/gu, '$1\u00a0')

/**
 * What each exercise is loaded with, from the library: bodyweight moves ('none') take no load, bands
 * default to a band level. Exercises of your own (no library id) may carry any load.
 */
function equipmentOf(session: Session): Map<string, string> {
  const found = new Map<string, string>()
  for (const block of session.circuit.blocks)
    for (const e of block.exercises) {
      const known = findExercise(e.libraryId)
      if (known) found.set(e.id, known.equipment)
    }
  return found
}

export function SessionStats({ session }: { session: Session }) {
  const work = session.steps
    .filter((s) => s.kind === 'work')
    .reduce((sum, s) => sum + s.actualMs, 0)
  const skipped = session.steps.filter((s) => s.outcome === 'skipped').length
  const { t, i18n } = useTranslation('run', { keyPrefix: 'finish' })
  const lang = i18n.language
  return (
    <dl className="finish__stats" data-testid="summary">
      <div>
        <dt>{t('totalTime')}</dt>
        <dd>{figure(session.activeMs, lang)}</dd>
      </div>
      <div>
        <dt>{t('workTime')}</dt>
        <dd>{figure(work, lang)}</dd>
      </div>
      <div>
        <dt>{t('rounds')}</dt>
        <dd>{session.roundsCompleted}</dd>
      </div>
      <div>
        <dt>{t('skipped')}</dt>
        <dd>{skipped}</dd>
      </div>
      {session.energy && (
        <div>
          <dt>{t('energy')}</dt>
          <dd
            title={t('energyHow', {
              weight: formatNumber(session.energy.bodyWeightKg, lang),
              basis: i18n.t('common:met.rest'),
            })}
          >
            {t('kcal', { kcal: formatNumber(Math.round(session.energy.kcal), lang) })}
          </dd>
        </div>
      )}
    </dl>
  )
}

export function EffortPicker({
  rpe,
  setRpe,
}: {
  rpe: number | null
  setRpe: (rpe: number) => void
}) {
  const { t } = useTranslation('run', { keyPrefix: 'finish' })
  return (
    <fieldset className="finish__rpe">
      <legend>{t('effort')}</legend>
      <div className="rpe" role="radiogroup" aria-label={t('effortGroup')}>
        {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
          <label key={n} className={`rpe__option${rpe === n ? ' rpe__option--on' : ''}`}>
            <input
              type="radio"
              name="rpe"
              value={n}
              checked={rpe === n}
              onChange={() => setRpe(n)}
              aria-label={t('effortOption', { value: n })}
            />
            {n}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

export function LoadLog({
  session,
  exercises: all,
  loads,
  hasPrevious,
  setLoad,
}: {
  session: Session
  exercises: RunView['exercises']
  loads: TypedLoads
  hasPrevious: boolean
  setLoad: (entryId: string, load: TypedLoads[string]) => void
}) {
  const { t } = useTranslation('run', { keyPrefix: 'finish' })
  const equipment = equipmentOf(session)
  const exercises = all.filter((e) => equipment.get(e.entryId) !== 'none')
  if (exercises.length === 0) return null
  return (
    <details className="finish__loads">
      <summary>{t('loads')}</summary>
      {hasPrevious && <p className="muted">{t('loadsPrevious')}</p>}
      {exercises.map((e) => {
        const unit: LoadUnit = equipment.get(e.entryId) === 'band' ? 'band' : 'kg'
        const entry = loads[e.entryId] ?? { value: '', unit }
        const set = (patch: Partial<typeof entry>) => setLoad(e.entryId, { ...entry, ...patch })
        return (
          <div key={e.entryId} className="finish__load">
            <label htmlFor={`load-${e.entryId}`}>{e.name}</label>
            <input
              id={`load-${e.entryId}`}
              type="number"
              min={0}
              max={1000}
              step="any"
              inputMode="decimal"
              value={entry.value}
              onChange={(ev) => set({ value: ev.target.value })}
            />
            <select
              aria-label={t('unitFor', { name: e.name })}
              value={entry.unit}
              onChange={(ev) => set({ unit: ev.target.value as LoadUnit })}
            >
              <option value="kg">{t('kg')}</option>
              <option value="lb">{t('lb')}</option>
              <option value="band">{t('band')}</option>
            </select>
          </div>
        )
      })}
    </details>
  )
}
