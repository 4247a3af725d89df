// At start-up: if the last session was cut short (a crash, a power cut), offer to resume it where it was,
// save what was done as a stopped session, or discard it.
import { useEffect, useRef, useState, type RefObject } from 'react'
import type { PendingSession } from '@shared/model/journal'
import { resumeProblem } from '@shared/session/resumeSession'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'

export function RecoveryPrompt() {
  const query = useQuery('the interrupted session', () => window.api.pendingJournal())
  const [answered, setAnswered] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const firstButton = useRef<HTMLButtonElement>(null)
  const { send, view } = useRunSession()
  const saveAsStopped = useAction('save it', () => window.api.saveInterruptedAsStopped(), setFailed)
  const discard = useAction('discard it', () => window.api.discardJournal(), setFailed)
  // The journal of the session running in main (this page was reloaded) is no interrupted session.
  const live = query.data && view?.sessionId === query.data.sessionId
  const pending = answered || live ? null : query.data
  const error = failed ?? query.error
  useEffect(() => {
    if (pending) firstButton.current?.focus()
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
  if (!pending) {
    // A journal that could not be read is reported, never silently dropped.
    return query.error ? (
      <p role="alert" className="notice notice--error">
        {query.error}
      </p>
    ) : null
  }
  // Resume needs the session's last journaled snapshot, whole and of this session.
  const resumable = resumeProblem(pending) === null
  const act = async (choice: 'resume' | 'save' | 'discard') => {
    if (choice === 'resume') {
      send({ type: 'resume', pending })
      return setAnswered(true)
    }
    const saved = choice === 'save' ? await saveAsStopped.run() : await discard.run()
    if (saved === undefined) return
    setDone(
      choice === 'save'
        ? `Saved "${pending.circuit.name}" to your history as a stopped session.`
        : 'Discarded the interrupted session.'
    )
    setAnswered(true)
  }
  return (
    <RecoveryDialog
      pending={pending}
      resumable={resumable}
      error={error}
      firstButton={firstButton}
      act={(choice) => void act(choice)}
    />
  )
}

interface DialogProps {
  pending: PendingSession
  resumable: boolean
  error: string | null
  firstButton: RefObject<HTMLButtonElement | null>
  act: (choice: 'resume' | 'save' | 'discard') => void
}

/** The three choices, with what each does said in the text. */
function RecoveryDialog({ pending, resumable, error, firstButton, act }: DialogProps) {
  const started = new Date(pending.startedAt)
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
          {pending.steps.length} {pending.steps.length === 1 ? 'step' : 'steps'}.{' '}
          {resumable
            ? 'Resume where you were (paused; the step you were in starts again), save what you did to your history, or discard it?'
            : 'Save what you did to your history, or discard it?'}
        </p>
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <div className="overlay__actions">
          {resumable && (
            <button
              ref={firstButton}
              type="button"
              className="button button--primary"
              onClick={() => act('resume')}
            >
              Resume
            </button>
          )}
          <button
            ref={resumable ? undefined : firstButton}
            type="button"
            className={`button${resumable ? '' : ' button--primary'}`}
            onClick={() => act('save')}
          >
            Save as stopped
          </button>
          <button type="button" className="button button--danger" onClick={() => act('discard')}>
            Discard
          </button>
        </div>
      </div>
    </div>
  )
}
