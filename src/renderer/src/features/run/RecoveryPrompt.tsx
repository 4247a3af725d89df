// At start-up: if the last session was cut short (a crash, a power cut), offer to save what was done or discard it.
import { useEffect, useRef, useState } from 'react'
import type { PendingSession } from '../../../../shared/model/journal'
import { messageOf, unwrap } from '../../lib/api'

export function RecoveryPrompt() {
  const [pending, setPending] = useState<PendingSession | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const saveButton = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    unwrap(window.api.pendingJournal())
      .then(setPending)
      .catch((e: unknown) => setError(messageOf(e)))
  }, [])
  useEffect(() => {
    if (pending) saveButton.current?.focus()
  }, [pending])

  if (done) {
    return (
      <p role="status" className="notice recovery-done">
        {done}{' '}
        <button type="button" className="button" onClick={() => setDone(null)}>
          OK
        </button>
      </p>
    )
  }
  if (!pending) return null
  const started = new Date(pending.startedAt)
  const act = async (choice: 'save' | 'discard') => {
    try {
      if (choice === 'save') {
        await unwrap(window.api.recoverJournal())
        setDone(`Saved "${pending.circuit.name}" to your history as a stopped session.`)
      } else {
        await unwrap(window.api.discardJournal())
        setDone('Discarded the interrupted session.')
      }
      setPending(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
    >
      <div className="overlay__card">
        <h2 id="recovery-title">Your last session was interrupted</h2>
        <p id="recovery-text">
          <strong>{pending.circuit.name}</strong>, started {started.toLocaleString()}, stopped after{' '}
          {pending.steps.length} {pending.steps.length === 1 ? 'step' : 'steps'}. Save what you did
          to your history, or discard it?
        </p>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <div className="overlay__actions">
          <button
            ref={saveButton}
            type="button"
            className="button button--primary"
            onClick={() => void act('save')}
          >
            Save to history
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => void act('discard')}
          >
            Discard
          </button>
        </div>
      </div>
    </div>
  )
}
