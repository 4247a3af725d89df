// Pick exercises from the library: search, filter by region and equipment; add your own; hide built-ins.
import { useEffect, useRef, useState } from 'react'
import {
  EQUIPMENT_LABELS,
  EquipmentSchema,
  REGION_LABELS,
  RegionSchema,
  searchExercises,
  type Equipment,
  type Exercise,
  type Region,
} from '@shared/library'
import { useAction } from '@renderer/lib/useApi'
import { newId } from '@renderer/lib/ids'
import { useBuilder } from './BuilderContext'

export function LibraryPicker({
  onPick,
  onClose,
}: {
  onPick: (exercise: Exercise) => void
  onClose: () => void
}) {
  const { library, reloadLibrary } = useBuilder()
  const [text, setText] = useState('')
  const [region, setRegion] = useState<Region | ''>('')
  const [equipment, setEquipment] = useState<Equipment | ''>('')
  const [showHidden, setShowHidden] = useState(false)
  /** The form is open for a new exercise (null) or one of the user's own (the exercise); closed when false. */
  const [editing, setEditing] = useState<Exercise | null | false>(false)
  const [error, setError] = useState<string | null>(null)
  const search = useRef<HTMLInputElement>(null)
  useEffect(() => search.current?.focus(), [])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const found = searchExercises(library.all, {
    text,
    ...(region ? { region } : {}),
    ...(equipment ? { equipment } : {}),
  }).filter((e) => showHidden || !library.hidden.has(e.id))
  // Failures are shown inside this dialog, where the user is looking.
  const remove = useAction(
    'delete the exercise',
    (id: string) => window.api.deleteExercise({ id }),
    setError
  )
  const setHidden = useAction(
    'hide or show the exercise',
    (id: string, hidden: boolean) => window.api.setExerciseHidden({ id, hidden }),
    setError
  )
  const saveExercise = useAction(
    'save the exercise',
    (e: Exercise) => window.api.saveExercise(e),
    setError
  )
  const act = async (done: Promise<unknown>) => {
    if ((await done) === undefined) return
    setError(null)
    await reloadLibrary()
  }

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="library-title">
      <div className="overlay__card library">
        <div className="page__head">
          <h2 id="library-title">Exercise library</h2>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        <div className="library__filters">
          <input
            ref={search}
            type="search"
            aria-label="Search exercises"
            placeholder="Search: rows, glutes, band…"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <select
            aria-label="Region"
            value={region}
            onChange={(e) => setRegion(e.target.value as Region | '')}
          >
            <option value="">All regions</option>
            {RegionSchema.options.map((r) => (
              <option key={r} value={r}>
                {REGION_LABELS[r]}
              </option>
            ))}
          </select>
          <select
            aria-label="Equipment"
            value={equipment}
            onChange={(e) => setEquipment(e.target.value as Equipment | '')}
          >
            <option value="">Any equipment</option>
            {EquipmentSchema.options.map((q) => (
              <option key={q} value={q}>
                {EQUIPMENT_LABELS[q]}
              </option>
            ))}
          </select>
          <label className="library__hidden">
            <input
              type="checkbox"
              checked={showHidden}
              onChange={(e) => setShowHidden(e.target.checked)}
            />{' '}
            Show hidden
          </label>
        </div>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <ul className="library__list" aria-label="Exercises">
          {found.map((e) => (
            <li
              key={e.id}
              className={
                library.hidden.has(e.id) ? 'library__item library__item--hidden' : 'library__item'
              }
            >
              <span>
                <strong>{e.name}</strong>
                {e.custom && <span className="tag">yours</span>}
                <br />
                <small className="muted">
                  {REGION_LABELS[e.region]} · {EQUIPMENT_LABELS[e.equipment]} ·{' '}
                  {e.oneSided ? 'each side · ' : ''}
                  {e.cue}
                </small>
              </span>
              <span className="picker__buttons">
                <button
                  type="button"
                  className="button button--primary"
                  aria-label={`Add ${e.name}`}
                  onClick={() => onPick(e)}
                >
                  Add
                </button>
                {e.custom ? (
                  <>
                    <button
                      type="button"
                      className="button"
                      aria-label={`Edit ${e.name}`}
                      onClick={() => setEditing(e)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="button button--danger"
                      aria-label={`Delete ${e.name}`}
                      onClick={() => void act(remove.run(e.id))}
                    >
                      Delete
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button"
                    aria-label={`${library.hidden.has(e.id) ? 'Show' : 'Hide'} ${e.name}`}
                    onClick={() => void act(setHidden.run(e.id, !library.hidden.has(e.id)))}
                  >
                    {library.hidden.has(e.id) ? 'Show' : 'Hide'}
                  </button>
                )}
              </span>
            </li>
          ))}
          {found.length === 0 && (
            <li className="muted">No exercise matches. Try fewer words, or add your own below.</li>
          )}
        </ul>
        {editing !== false ? (
          <ExerciseForm
            key={editing?.id ?? 'new'}
            existing={editing}
            onDone={async (exercise) => {
              await act(saveExercise.run(exercise))
              setEditing(false)
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing(null)}>
            New exercise…
          </button>
        )}
      </div>
    </div>
  )
}

function ExerciseForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: Exercise | null
  onDone: (e: Exercise) => Promise<void>
  onCancel: () => void
}) {
  const [name, setName] = useState(existing?.name ?? '')
  const [region, setRegion] = useState<Region>(existing?.region ?? 'full-body')
  const [equipment, setEquipment] = useState<Equipment>(existing?.equipment ?? 'none')
  const [cue, setCue] = useState(existing?.cue ?? '')
  const [oneSided, setOneSided] = useState(existing?.oneSided ?? false)
  const valid = name.trim().length > 0 && name.trim().length <= 80
  /** Made when the form is submitted, never during render. */
  const makeId = () => {
    const slug = name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50)
    return `my-${slug || 'exercise'}-${newId().slice(0, 6)}`
  }
  return (
    <form
      className="library__new"
      onSubmit={(e) => {
        e.preventDefault()
        if (!valid) return
        void onDone({
          id: existing?.id ?? makeId(),
          name: name.trim(),
          region,
          muscles: ['core'],
          equipment,
          oneSided,
          cue: cue.trim() || name.trim(),
          workSec: 40,
          restSec: 20,
          met: 5,
          metBasis: 'circuit training, moderate effort (your own exercise)',
          custom: true,
        })
      }}
    >
      <label>
        Name{' '}
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        Region{' '}
        <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
          {RegionSchema.options.map((r) => (
            <option key={r} value={r}>
              {REGION_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Equipment{' '}
        <select value={equipment} onChange={(e) => setEquipment(e.target.value as Equipment)}>
          {EquipmentSchema.options.map((q) => (
            <option key={q} value={q}>
              {EQUIPMENT_LABELS[q]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Form cue <input value={cue} maxLength={140} onChange={(e) => setCue(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={oneSided} onChange={(e) => setOneSided(e.target.checked)} />{' '}
        One side at a time
      </label>
      <span className="picker__buttons">
        <button type="submit" className="button button--primary" disabled={!valid}>
          {existing ? 'Save changes' : 'Save exercise'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </form>
  )
}
