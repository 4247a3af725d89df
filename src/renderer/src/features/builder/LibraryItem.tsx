// One exercise in the library dialog: what it works and needs, Add (with how often it was just added),
// and quieter Edit and Delete for your own, or Hide for a built-in, and your own picture or video for it.
import { useTranslation } from 'react-i18next'
import { useWording } from '@renderer/i18n/useWording'
import { equipmentLabel, regionLabel, type Exercise } from '@shared/library'
import type { LibraryActions } from './useLibraryActions'
import { DemoThumb } from '../demo/DemoThumb'
import { useMediaPanel } from '../demo/useMediaPanel'

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
  const { t } = useTranslation('builder')
  const w = useWording()
  const media = useMediaPanel(e.id, e.name)
  const quiet = (action: string, run: () => void) => (
    <button
      type="button"
      className="button button--quiet button--small"
      aria-label={t(`library.${action}Label`, { name: e.name })}
      onClick={run}
    >
      {t(`library.${action}`)}
    </button>
  )
  const about = [
    regionLabel(e.region, w.t),
    equipmentLabel(e.equipment, w.t),
    ...(e.oneSided ? [t('library.eachSide')] : []),
    e.cue,
  ]
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
        {e.custom && <span className="tag">{t('library.yours')}</span>}
        <br />
        {/* A middle dot between facts reads the same in every language. */}
        <small className="muted">{about.join(' · ')}</small>
      </span>
      <span className="picker__buttons">
        <button
          type="button"
          className="button button--primary library__add"
          aria-label={t('library.addLabel', { name: e.name })}
          onClick={props.onPick}
        >
          {added > 0 ? t('library.addedCount', { count: added }) : t('library.add')}
        </button>
        {e.custom ? (
          <>
            {quiet('edit', props.onEdit)}
            {quiet('delete', () => void actions.remove(e.id))}
          </>
        ) : (
          quiet(hidden ? 'show' : 'hide', () => void actions.setHidden(e.id, !hidden))
        )}
        {media.toggle}
      </span>
      {media.panel}
    </li>
  )
}
