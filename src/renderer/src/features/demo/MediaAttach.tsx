// Attach your own picture or video to an exercise, replace it, or go back to the drawn demo (mounted by
// useMediaPanel in the library's and the builder's rows). Refusals (too big, not a picture, SVG) show main's own message here.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MediaRef } from '@shared/model/media'
import { useAction } from '../../lib/useApi'
import { refreshMediaList } from './mediaList'

export interface MediaAttachProps {
  exerciseId: string
  /** What the exercise shows now, if the user attached something. */
  media?: MediaRef | undefined
  /** Called with the new media, or null once it is removed. */
  onChange?: (media: MediaRef | null) => void
}

export function MediaAttach({ exerciseId, media, onChange }: MediaAttachProps) {
  const { t } = useTranslation('demo')
  const [problem, setProblem] = useState<string | null>(null)
  const attach = useAction(
    t('attach.attaching'),
    () => window.api.attachMedia({ exerciseId }),
    setProblem
  )
  const detach = useAction(
    t('attach.removing'),
    () => window.api.detachMedia({ exerciseId }),
    setProblem
  )

  const choose = async () => {
    setProblem(null)
    const result = await attach.run()
    if (!result || result.cancelled) return
    refreshMediaList()
    onChange?.(result.media)
  }
  const remove = async () => {
    setProblem(null)
    if (!(await detach.run())) return
    refreshMediaList()
    onChange?.(null)
  }

  return (
    <div className="media-attach">
      {media ? (
        <span className="media-attach__name">{t('attach.showing', { name: media.name })}</span>
      ) : null}
      <button type="button" onClick={() => void choose()} disabled={attach.busy}>
        {media ? t('attach.replace') : t('attach.use')}
      </button>
      {media ? (
        <button type="button" onClick={() => void remove()} disabled={detach.busy}>
          {t('attach.remove')}
        </button>
      ) : null}
      {problem ? (
        <p role="alert" className="media-attach__problem">
          {problem}
        </p>
      ) : null}
    </div>
  )
}
