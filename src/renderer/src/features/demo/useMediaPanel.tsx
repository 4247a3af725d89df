// "Picture or video…" for a list row (the library dialog, the builder's exercise rows): a button that opens
// the row's own attach/replace/remove panel, so a user can put their own media on any move where they pick it.
import { useId, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { MediaAttach } from './MediaAttach'
import { useMediaList } from './useMediaList'

export interface MediaPanel {
  /** The button that opens and closes the panel, for the row's buttons. */
  toggle: ReactNode
  /** The panel itself, for a place in the row that spans its width; null while closed. */
  panel: ReactNode
}

/** Nothing for an entry with no exercise behind it (no id to attach to). */
export function useMediaPanel(exerciseId: string | undefined, name: string): MediaPanel {
  const { t } = useTranslation('demo')
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const own = useMediaList()[exerciseId ?? '']
  if (exerciseId === undefined) return { toggle: null, panel: null }
  const toggle = (
    <button
      type="button"
      className="button button--quiet button--small"
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={t('panel.toggleLabel', { name })}
      onClick={() => setOpen((was) => !was)}
    >
      {own ? t('panel.toggleAttached') : t('panel.toggle')}
    </button>
  )
  const panel = open ? (
    <div id={panelId} className="media-panel" role="group" aria-label={t('panel.panel', { name })}>
      {/* The row's thumbnail already shows the picture or video; the panel names it and changes it. */}
      <MediaAttach exerciseId={exerciseId} media={own} />
    </div>
  ) : null
  return { toggle, panel }
}
