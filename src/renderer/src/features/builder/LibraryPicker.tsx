// Pick exercises from the library in a modal <dialog> (it traps focus; Escape closes it and focus goes back
// to the button that opened it): search, filter, Enter adds the highlighted match; add your own; hide built-ins.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Translate } from '@shared/i18n/translate'
import { useWording } from '@renderer/i18n/useWording'
import { localizeExercise, searchExercises, type Exercise } from '@shared/library'
import { useBuilder } from './BuilderContext'
import { ExerciseForm } from './ExerciseForm'
import { LibraryFilters, type Filters } from './LibraryFilters'
import { LibraryItem } from './LibraryItem'
import { useLibraryActions, type LibraryActions } from './useLibraryActions'

const itemId = (e: Exercise) => `library-${e.id}`

/** The exercises the search and filters let through, hidden ones only when asked for. */
function matching(
  library: { all: Exercise[]; hidden: ReadonlySet<string> },
  filters: Filters,
  t: Translate
): Exercise[] {
  // Searched in the reader's words: a German reader types "Rudern", not "row".
  const all = library.all.map((e) => localizeExercise(e, t))
  return searchExercises(all, {
    text: filters.text,
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.equipment ? { equipment: filters.equipment } : {}),
  }).filter((e) => filters.showHidden || !library.hidden.has(e.id))
}

export function LibraryPicker({
  onPick,
  onClose,
}: {
  onPick: (exercise: Exercise) => void
  onClose: () => void
}) {
  const { library } = useBuilder()
  const { t } = useTranslation('builder')
  const w = useWording()
  const [filters, setFilters] = useState<Filters>({
    text: '',
    region: '',
    equipment: '',
    showHidden: false,
  })
  const [editing, setEditing] = useState<Exercise | null | false>(false)
  const actions = useLibraryActions()
  const { dialogRef, searchRef } = useModal()

  const found = matching(library, filters, w.t)
  const { added, said, pick } = useAdding(onPick)
  const { highlighted, onSearchKey, reset } = useHighlight(found, pick)

  return (
    <dialog
      ref={dialogRef}
      className="library"
      aria-labelledby="library-title"
      onCancel={(e) => {
        // Escape: close through React, so the dialog leaves the page and focus goes back.
        e.preventDefault()
        onClose()
      }}
    >
      <div className="page__head">
        <h2 id="library-title">{t('library.title')}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t('library.close')}
        </button>
      </div>
      <LibraryFilters
        filters={filters}
        onChange={(f) => {
          setFilters({ ...filters, ...f })
          reset()
        }}
        search={searchRef}
        activeId={highlighted ? itemId(highlighted) : undefined}
        onSearchKey={onSearchKey}
      />
      <p className="library__said" role="status">
        {said}
      </p>
      {actions.error && (
        <p role="alert" className="notice notice--error">
          {actions.error}
        </p>
      )}
      <ul className="library__list" id="library-list" aria-label={t('library.exercises')}>
        {found.map((e) => (
          <LibraryItem
            key={e.id}
            id={itemId(e)}
            exercise={e}
            hidden={library.hidden.has(e.id)}
            active={e === highlighted}
            added={added.get(e.id) ?? 0}
            onPick={() => pick(e)}
            onEdit={() => setEditing(e)}
            actions={actions}
          />
        ))}
        {found.length === 0 && <li className="muted">{t('library.noMatch')}</li>}
      </ul>
      <OwnExerciseForm editing={editing} setEditing={setEditing} actions={actions} />
    </dialog>
  )
}

/** Opens the dialog as a modal with the search box focused; on leaving, focus returns to the opener. */
function useModal() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const dialog = dialogRef.current
    if (!dialog) return
    dialog.showModal()
    searchRef.current?.focus()
    return () => {
      dialog.close()
      opener?.focus()
    }
  }, [])
  return { dialogRef, searchRef }
}

/** Adds an exercise and keeps count, so each row and a status line can say what was added. */
function useAdding(onPick: (exercise: Exercise) => void) {
  const [added, setAdded] = useState<ReadonlyMap<string, number>>(new Map())
  const { t } = useTranslation('builder')
  const [said, setSaid] = useState('')
  const pick = (e: Exercise) => {
    onPick(e)
    const times = (added.get(e.id) ?? 0) + 1
    setAdded(new Map(added).set(e.id, times))
    setSaid(
      times > 1
        ? t('library.addedTimes', { name: e.name, count: times })
        : t('library.added', { name: e.name })
    )
  }
  return { added, said, pick }
}

/** The match Enter adds: the first, or the one the arrow keys moved to. */
function useHighlight(found: readonly Exercise[], pick: (e: Exercise) => void) {
  const [active, setActive] = useState(0)
  const highlighted = found[Math.min(active, found.length - 1)]
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0
    if (step !== 0 && found.length > 0) {
      e.preventDefault()
      const next = Math.max(0, Math.min(found.length - 1, active + step))
      setActive(next)
      document.getElementById(itemId(found[next]!))?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Enter' && highlighted) {
      e.preventDefault()
      pick(highlighted)
    }
  }
  return { highlighted, onSearchKey, reset: () => setActive(0) }
}

interface OwnExerciseFormProps {
  /** Open for a new exercise (null) or one of the user's own (the exercise); closed when false. */
  editing: Exercise | null | false
  setEditing: (editing: Exercise | null | false) => void
  actions: LibraryActions
}

/** The form for an exercise of your own, or the button that opens it. */
function OwnExerciseForm({ editing, setEditing, actions }: OwnExerciseFormProps) {
  const { t } = useTranslation('builder')
  return editing !== false ? (
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
    <button type="button" className="button button--quiet" onClick={() => setEditing(null)}>
      {t('library.newExercise')}
    </button>
  )
}
