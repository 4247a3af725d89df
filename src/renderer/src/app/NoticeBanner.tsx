// Tells the user when Cadence found a damaged file at start-up: what happened and where the old file is.
import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useQuery } from '../lib/useApi'
import { useSystemEvents } from '../lib/useSystemEvents'

export function NoticeBanner() {
  const { t } = useTranslation('app')
  const notices = useQuery('notices', () => window.api.getNotices())
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set())
  useSystemEvents((event) => {
    if (event.type === 'notices') notices.reload()
  })

  const visible = (notices.data ?? []).filter((n) => !dismissed.has(n.file + n.at))
  if (visible.length === 0 && !notices.error) return null
  return (
    <section className="banner" role="alert" aria-label={t('notice.label')}>
      {notices.error && (
        <div className="banner__item">
          <p>{notices.error}</p>
        </div>
      )}
      {visible.map((n) => (
        <div key={n.file + n.at} className="banner__item">
          <p>
            <strong>{t('notice.damaged', { file: fileName(n.file) })}</strong>{' '}
            {n.reason.startsWith('it ')
              ? t('notice.reasonIt', { reason: n.reason.slice(3) })
              : t('notice.reasonReport', { reason: n.reason })}{' '}
            {n.movedTo !== null && (
              <Trans
                t={t}
                i18nKey="notice.kept"
                values={{ file: n.movedTo }}
                components={{ file: <code /> }}
              />
            )}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setDismissed(new Set([...dismissed, n.file + n.at]))}
          >
            {t('dismiss')}
          </button>
        </div>
      ))}
    </section>
  )
}

const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path
// Main's reasons read as "it is not valid JSON" or describe what was kept: each has its own sentence.
