// The "?" overlay listing every run-screen shortcut.
import { useEffect, useRef } from 'react'
import { RUN_SHORTCUTS } from './runKeys'

export function ShortcutsOverlay({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
      <div className="overlay__card">
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {RUN_SHORTCUTS.map((s) => (
              <tr key={s.action}>
                <th scope="row">
                  <kbd>{s.display}</kbd>
                </th>
                <td>{s.label}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button ref={close} type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}
