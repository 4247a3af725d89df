// One exercise in the library dialog: what it works and needs, Add (with how often it was just added),
// and quieter Edit and Delete for your own, or Hide for a built-in.
import { EQUIPMENT_LABELS, REGION_LABELS, type Exercise } from '@shared/library'
import type { LibraryActions } from './useLibraryActions'
import { DemoThumb } from '../demo/DemoThumb'

interface LibraryItemProps {
  exercise: Exercise
  /** Its id in the list, for the search box's aria-activedescendant. */
  id: string
  hidden: boolean
  /** The one Enter in the search box would add. */
  active: boolean
  /** How many times it was added since the dialog opened. */
  added: number
  onPick: () => void
  onEdit: () => void
  actions: LibraryActions
}

export function LibraryItem(props: LibraryItemProps) {
  const { exercise: e, hidden, added, actions } = props
  const quiet = (label: string, name: string, run: () => void) => (
    <button
      type="button"
      className="button button--quiet button--small"
      aria-label={label}
      onClick={run}
    >
      {name}
    </button>
  )
  const classes = [
    'library__item',
    hidden && 'library__item--hidden',
    props.active && 'library__item--active',
  ]
  return (
    <li id={props.id} className={classes.filter(Boolean).join(' ')}>
      <DemoThumb exerciseId={e.id} />
      <span className="library__what">
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
          className="button button--primary library__add"
          aria-label={`Add ${e.name}`}
          onClick={props.onPick}
        >
          {added > 0 ? `✓ Added${added > 1 ? ` ×${added}` : ''}` : 'Add'}
        </button>
        {e.custom ? (
          <>
            {quiet(`Edit ${e.name}`, 'Edit', props.onEdit)}
            {quiet(`Delete ${e.name}`, 'Delete', () => void actions.remove(e.id))}
          </>
        ) : (
          quiet(
            `${hidden ? 'Show' : 'Hide'} ${e.name}`,
            hidden ? 'Show' : 'Hide',
            () => void actions.setHidden(e.id, !hidden)
          )
        )}
      </span>
    </li>
  )
}
