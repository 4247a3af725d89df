// The shortcuts overlay ("?" or Help > Keyboard shortcuts): every app-wide and run-screen shortcut.
import { useEffect, useRef } from 'react'
import { RUN_SHORTCUTS } from '../features/run/runKeys'
import { APP_SHORTCUTS } from './appKeys'

const SECTIONS = [
  { title: 'Anywhere', rows: APP_SHORTCUTS },
  { title: 'While a circuit runs', rows: RUN_SHORTCUTS },
]

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
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
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        {SECTIONS.map((section) => (
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
          Close
        </button>
      </div>
    </div>
  )
}
