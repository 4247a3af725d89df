// Asks before stopping a session: Enter stops, Esc keeps going.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

export function StopConfirm({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => void
  onCancel: () => void
}) {
  const stop = useRef<HTMLButtonElement>(null)
  const { t } = useTranslation('run')
  useEffect(() => {
    stop.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        onCancel()
      } else if (event.key === 'Enter') {
        event.preventDefault()
        onConfirm()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onConfirm, onCancel])
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="stop-title"
      aria-describedby="stop-text"
    >
      <div className="overlay__card">
        <h2 id="stop-title">{t('stop.title')}</h2>
        <p id="stop-text">{t('stop.text')}</p>
        <div className="overlay__actions">
          <button ref={stop} type="button" className="button button--danger" onClick={onConfirm}>
            {t('stop.stop')} <kbd>Enter</kbd>
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('stop.keepGoing')} <kbd>Esc</kbd>
          </button>
        </div>
      </div>
    </div>
  )
}
