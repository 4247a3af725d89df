// One exercise in a block's list: its fields, moving it (drag and drop, Alt+arrows, buttons) or removing it,
// and your own picture or video for its move.
import { useTranslation } from 'react-i18next'
import type { ExerciseEntry } from '@shared/model/circuit'
import { EntryFields } from './EntryFields'
import { DemoThumb } from '../demo/DemoThumb'
import { useMediaPanel } from '../demo/useMediaPanel'

interface EntryRowProps {
  entry: ExerciseEntry
  index: number
  count: number
  /** Where its fields' problems are looked up ("blocks.0.exercises.2"). */
  path: string
  workDefault: number
  restDefault: number
  inFormat: boolean
  roundRestAfter: boolean
  dragging: boolean
  onChange: (entry: ExerciseEntry) => void
  onRemove: () => void
  /** Moves an exercise from one place in the block to another. */
  move: (from: number, to: number) => void
  drag: { start: (index: number) => void; dropOn: (index: number) => void; end: () => void }
}

export function EntryRow(props: EntryRowProps) {
  const { entry, index: i, count, move, drag } = props
  const { t } = useTranslation('builder')
  const media = useMediaPanel(entry.libraryId, entry.name)
  return (
    <li
      id={`entry-${entry.id}`}
      tabIndex={-1}
      className={`entry${props.dragging ? ' entry--dragging' : ''}`}
      draggable
      onDragStart={(e) => {
        drag.start(i)
        e.dataTransfer.effectAllowed = 'move'
      }}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault()
        drag.dropOn(i)
      }}
      onDragEnd={drag.end}
      onKeyDown={(e) => {
        if (!e.altKey) return
        if (e.key === 'ArrowUp') {
          e.preventDefault()
          move(i, i - 1)
        } else if (e.key === 'ArrowDown') {
          e.preventDefault()
          move(i, i + 1)
        }
      }}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
    >
      <span className="entry__handle" aria-hidden="true" title={t('entry.drag')}>
        ⠿
      </span>
      <DemoThumb exerciseId={entry.libraryId} size={44} />
      <EntryFields
        entry={entry}
        path={props.path}
        workDefault={props.workDefault}
        restDefault={props.restDefault}
        inFormat={props.inFormat}
        roundRestAfter={props.roundRestAfter}
        onChange={props.onChange}
      />
      <span className="entry__buttons">
        {media.toggle}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('entry.up', { name: entry.name })}
          disabled={i === 0}
          onClick={() => move(i, i - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('entry.down', { name: entry.name })}
          disabled={i === count - 1}
          onClick={() => move(i, i + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--quiet button--danger"
          aria-label={t('entry.remove', { name: entry.name })}
          onClick={props.onRemove}
        >
          ✕
        </button>
      </span>
      {media.panel}
    </li>
  )
}
