// The shortcuts overlay ("?" or Help > Keyboard shortcuts): every app-wide and run-screen shortcut.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { RUN_SHORTCUTS } from '../features/run/runKeys'
import { APP_SHORTCUTS } from './appKeys'

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('app')
  // The run screen's rows name their words in run.json (features/run owns them and their namespace).
  const { t: tRun } = useTranslation('run')
  const sections = [
    {
      title: t('shortcuts.anywhere'),
      rows: APP_SHORTCUTS.map((s) => ({ ...s, label: t(`shortcuts.actions.${s.label}`) })),
    },
    {
      title: t('shortcuts.whileRunning'),
      rows: RUN_SHORTCUTS.map((s) => ({
        display: s.keyName ? tRun(`shortcuts.keys.${s.keyName}`) : s.display,
        label: tRun(`shortcuts.actions.${s.label}`),
      })),
    },
  ]
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    close.current?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      // Escape closes the overlay only: it must not also stop a running session behind it.
      event.preventDefault()
      event.stopImmediatePropagation()
      onClose()
    }
    window.addEventListener('keydown', onKey, { capture: true })
    return () => window.removeEventListener('keydown', onKey, { capture: true })
  }, [onClose])
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
      <div className="overlay__card">
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        {sections.map((section) => (
          <table key={section.title} className="shortcuts">
            <caption>{section.title}</caption>
            <tbody>
              {section.rows.map((s) => (
                <tr key={s.label}>
                  <th scope="row">
                    <kbd>{s.display}</kbd>
                  </th>
                  <td>{s.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <button ref={close} type="button" className="button button--primary" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </div>
  )
}
