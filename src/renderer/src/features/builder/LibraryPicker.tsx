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
import { useBuilder } from './BuilderContext'
import { ExerciseForm } from './ExerciseForm'

interface Filters {
  text: string
  region: Region | ''
  equipment: Equipment | ''
  showHidden: boolean
}

export function LibraryPicker({
  onPick,
  onClose,
}: {
  onPick: (exercise: Exercise) => void
  onClose: () => void
}) {
  const { library } = useBuilder()
  const [filters, setFilters] = useState<Filters>({
    text: '',
    region: '',
    equipment: '',
    showHidden: false,
  })
  /** The form is open for a new exercise (null) or one of the user's own (the exercise); closed when false. */
  const [editing, setEditing] = useState<Exercise | null | false>(false)
  const actions = useLibraryActions()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose()
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onClose])

  const { text, region, equipment, showHidden } = filters
  const found = searchExercises(library.all, {
    text,
    ...(region ? { region } : {}),
    ...(equipment ? { equipment } : {}),
  }).filter((e) => showHidden || !library.hidden.has(e.id))

  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="library-title">
      <div className="overlay__card library">
        <div className="page__head">
          <h2 id="library-title">Exercise library</h2>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
        <LibraryFilters filters={filters} onChange={(f) => setFilters({ ...filters, ...f })} />
        {actions.error && (
          <p role="alert" className="notice notice--error">
            {actions.error}
          </p>
        )}
        <ul className="library__list" aria-label="Exercises">
          {found.map((e) => (
            <ExerciseItem
              key={e.id}
              exercise={e}
              hidden={library.hidden.has(e.id)}
              onPick={() => onPick(e)}
              onEdit={() => setEditing(e)}
              actions={actions}
            />
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
              await actions.save(exercise)
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

type LibraryActions = ReturnType<typeof useLibraryActions>

/** Changes to the library, each reloading it when done; failures are shown inside the dialog. */
function useLibraryActions() {
  const { reloadLibrary } = useBuilder()
  const [error, setError] = useState<string | null>(null)
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
  return {
    error,
    remove: (id: string) => act(remove.run(id)),
    setHidden: (id: string, hidden: boolean) => act(setHidden.run(id, hidden)),
    save: (e: Exercise) => act(saveExercise.run(e)),
  }
}

function LibraryFilters({
  filters,
  onChange,
}: {
  filters: Filters
  onChange: (change: Partial<Filters>) => void
}) {
  const search = useRef<HTMLInputElement>(null)
  useEffect(() => search.current?.focus(), [])
  return (
    <div className="library__filters">
      <input
        ref={search}
        type="search"
        aria-label="Search exercises"
        placeholder="Search: rows, glutes, band…"
        value={filters.text}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <select
        aria-label="Region"
        value={filters.region}
        onChange={(e) => onChange({ region: e.target.value as Region | '' })}
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
        value={filters.equipment}
        onChange={(e) => onChange({ equipment: e.target.value as Equipment | '' })}
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
          checked={filters.showHidden}
          onChange={(e) => onChange({ showHidden: e.target.checked })}
        />{' '}
        Show hidden
      </label>
    </div>
  )
}

interface ExerciseItemProps {
  exercise: Exercise
  hidden: boolean
  onPick: () => void
  onEdit: () => void
  actions: LibraryActions
}

/** One exercise: what it works and needs, Add, and Edit and Delete for yours or Hide for a built-in. */
function ExerciseItem({ exercise: e, hidden, onPick, onEdit, actions }: ExerciseItemProps) {
  const button = (label: string, name: string, run: () => void, kind = '') => (
    <button type="button" className={`button${kind}`} aria-label={label} onClick={run}>
      {name}
    </button>
  )
  return (
    <li className={hidden ? 'library__item library__item--hidden' : 'library__item'}>
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
        {button(`Add ${e.name}`, 'Add', onPick, ' button--primary')}
        {e.custom ? (
          <>
            {button(`Edit ${e.name}`, 'Edit', onEdit)}
            {button(
              `Delete ${e.name}`,
              'Delete',
              () => void actions.remove(e.id),
              ' button--danger'
            )}
          </>
        ) : (
          button(
            `${hidden ? 'Show' : 'Hide'} ${e.name}`,
            hidden ? 'Show' : 'Hide',
            () => void actions.setHidden(e.id, !hidden)
          )
        )}
      </span>
    </li>
  )
}
