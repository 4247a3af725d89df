// While history is read in the background after start, shows how far it has got (the list fills in after).
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/i18n/format'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import { unwrap } from '../../lib/api'
import { useSystemEvents } from '../../lib/useSystemEvents'

interface Load {
  loaded: boolean
  done: number
  total: number
}

export function HistoryLoading() {
  const [load, setLoad] = useState<Load | null>(null)
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  useEffect(() => {
    let current = true
    unwrap(window.api.getDataStatus())
      .then((status) => {
        // A progress event may have come first: keep whichever is further along.
        if (current)
          setLoad((seen) => (seen && seen.done > status.history.done ? seen : status.history))
      })
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [])
  useSystemEvents((event) => {
    if (event.type === 'progress' && event.task === 'history')
      setLoad({ loaded: event.done >= event.total, done: event.done, total: event.total })
    if (event.type === 'notices') setLoad((seen) => (seen ? { ...seen, loaded: true } : seen))
  })
  if (!load || load.loaded) return null
  const percent = load.total > 0 ? Math.floor((100 * load.done) / load.total) : 0
  return (
    <p className="notice" role="status" aria-live="polite" data-testid="history-loading">
      <span className="spinner" aria-hidden="true" />{' '}
      {t('page.reading', { percent: formatNumber(percent / 100, lang, { style: 'percent' }) })}
      <progress max={100} value={percent} aria-label={t('page.readSoFar')} />
    </p>
  )
}
