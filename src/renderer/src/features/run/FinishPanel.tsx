// After the last step (or a stop): what was done, how hard it felt, a note; then back to the circuits or again.
import { ScoreSummary } from '../scores/ScoreSummary'
import { useState } from 'react'
import { formatDuration } from '@shared/model/durations'
import { STEP_KIND_MET } from '@shared/library'
import type { ExerciseLoad, SessionAnnotation } from '@shared/model/session'
import type { RunView } from '@shared/run/runView'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useNavigation } from '@renderer/app/navigation'
import { useRunSession } from './RunSessionProvider'

type LoadUnit = ExerciseLoad['unit']

export function FinishPanel({ view }: { view: RunView }) {
  const { send } = useRunSession()
  const { navigate } = useNavigation()
  const [rpe, setRpe] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved'>('editing')
  /** Weight or band level per exercise, keyed by the circuit entry. */
  const [typed, setTyped] = useState<Record<string, { value: string; unit: LoadUnit }>>({})
  // What was logged the last time this circuit ran fills the fields until the user types over it.
  const last = useQuery(
    'the loads you logged last time',
    () => window.api.lastLoads({ circuitId: view.circuit.id }),
    view.circuit.id
  )
  const previous = Object.fromEntries(
    (last.data ?? []).map((l) => [l.entryId, { value: String(l.value), unit: l.unit }])
  )
  const loads = { ...previous, ...typed }
  const [error, setError] = useState<string | null>(null)
  const saved = view.save.state === 'saved' ? view.save : null
  const session = saved?.session
  // One row per exercise (not per side or round), in the order they first came.
  const exercises = view.exercises
  const close = () => send({ type: 'close' })

  const annotate = useAction(
    'save your rating',
    (annotation: SessionAnnotation) => window.api.annotateSession(annotation),
    setError
  )
  const saveNotes = async () => {
    if (!saved) return
    setStatus('saving')
    const logged = exercises.flatMap((e) => {
      const entry = loads[e.entryId]
      const value = Number(entry?.value)
      return entry &&
        entry.value.trim() !== '' &&
        Number.isFinite(value) &&
        value >= 0 &&
        value <= 1000
        ? [{ entryId: e.entryId, exerciseName: e.name, value, unit: entry.unit }]
        : []
    })
    const done = await annotate.run({ id: saved.summary.id, rpe, note, loads: logged })
    setStatus(done ? 'saved' : 'editing')
    if (done) setError(null)
  }

  const work =
    session?.steps.filter((s) => s.kind === 'work').reduce((sum, s) => sum + s.actualMs, 0) ?? 0
  const skipped = session?.steps.filter((s) => s.outcome === 'skipped').length ?? 0
  const finished = session?.status === 'completed'

  return (
    <section className="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">
        {session ? (finished ? 'Workout complete' : 'Session stopped') : 'Saving your session…'}
      </h1>
      <p className="finish__circuit">{view.circuit.name}</p>
      {view.save.state === 'failed' && (
        <div role="alert" className="notice notice--error">
          <p>{view.save.message}</p>
          <button type="button" className="button" onClick={() => send({ type: 'retrySave' })}>
            Try saving again
          </button>
        </div>
      )}
      {session && (
        <>
          <dl className="finish__stats" data-testid="summary">
            <div>
              <dt>Total time</dt>
              <dd>{formatDuration(session.activeMs)}</dd>
            </div>
            <div>
              <dt>Work time</dt>
              <dd>{formatDuration(work)}</dd>
            </div>
            <div>
              <dt>Rounds</dt>
              <dd>{session.roundsCompleted}</dd>
            </div>
            <div>
              <dt>Skipped steps</dt>
              <dd>{skipped}</dd>
            </div>
            {session.energy && (
              <div>
                <dt>Energy (estimate)</dt>
                <dd
                  title={`MET × ${session.energy.bodyWeightKg} kg × hours for each step; rests count as ${STEP_KIND_MET.rest.basis}`}
                >
                  ≈ {Math.round(session.energy.kcal)} kcal
                </dd>
              </div>
            )}
          </dl>
          <ScoreSummary session={session} />
          <p className="finish__saved" role="status">
            Saved to your history.
          </p>
          <fieldset className="finish__rpe">
            <legend>How hard was it? (1 = very easy, 10 = all out)</legend>
            <div className="rpe" role="radiogroup" aria-label="Effort, 1 to 10">
              {Array.from({ length: 10 }, (_, i) => i + 1).map((n) => (
                <label key={n} className={`rpe__option${rpe === n ? ' rpe__option--on' : ''}`}>
                  <input
                    type="radio"
                    name="rpe"
                    value={n}
                    checked={rpe === n}
                    onChange={() => setRpe(n)}
                    aria-label={`Effort ${n}`}
                  />
                  {n}
                </label>
              ))}
            </div>
          </fieldset>
          {exercises.length > 0 && (
            <details className="finish__loads">
              <summary>Log the weight or band you used (optional)</summary>
              {Object.keys(previous).length > 0 && (
                <p className="muted">Filled in with what you logged last time.</p>
              )}
              {exercises.map((e) => {
                const entry = loads[e.entryId] ?? { value: '', unit: 'kg' as LoadUnit }
                const set = (patch: Partial<typeof entry>) =>
                  setTyped({ ...typed, [e.entryId]: { ...entry, ...patch } })
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
                      aria-label={`Unit for ${e.name}`}
                      value={entry.unit}
                      onChange={(ev) => set({ unit: ev.target.value as LoadUnit })}
                    >
                      <option value="kg">kg</option>
                      <option value="lb">lb</option>
                      <option value="band">band level</option>
                    </select>
                  </div>
                )
              })}
            </details>
          )}
          <label className="finish__note">
            <span>Note</span>
            <textarea
              value={note}
              maxLength={2000}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Heavier rows next time?"
            />
          </label>
          {error && (
            <p role="alert" className="notice notice--error">
              {error}
            </p>
          )}
          <div className="finish__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={status !== 'editing'}
              onClick={() => void saveNotes()}
            >
              {status === 'saved'
                ? 'Rating saved'
                : status === 'saving'
                  ? 'Saving…'
                  : 'Save rating and note'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                close()
                navigate('history')
              }}
            >
              See history
            </button>
            <button type="button" className="button" onClick={() => send({ type: 'again' })}>
              Run again
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                close()
                navigate('circuits')
              }}
            >
              Done
            </button>
          </div>
        </>
      )}
    </section>
  )
}
