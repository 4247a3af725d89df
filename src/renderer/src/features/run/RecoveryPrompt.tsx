// At start-up: if the last session was cut short (a crash, a power cut), offer to resume it where it was,
// save what was done as a stopped session, or discard it.
import { useEffect, useRef, useState, type RefObject } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { formatDate } from '@shared/i18n/format'
import type { PendingSession } from '@shared/model/journal'
import { resumeProblem } from '@shared/session/resumeSession'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'

export function RecoveryPrompt() {
  const query = useQuery('pendingSession', () => window.api.pendingJournal())
  const [answered, setAnswered] = useState(false)
  const [failed, setFailed] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const firstButton = useRef<HTMLButtonElement>(null)
  const { send, view } = useRunSession()
  const { t } = useTranslation('run', { keyPrefix: 'recovery' })
  const saveAsStopped = useAction(
    'saveInterrupted',
    () => window.api.saveInterruptedAsStopped(),
    setFailed
  )
  const discard = useAction('discardInterrupted', () => window.api.discardJournal(), setFailed)
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
          {t('ok')}
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
      choice === 'save' ? t('savedAsStopped', { name: pending.circuit.name }) : t('discarded')
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
  const { t, i18n } = useTranslation('run', { keyPrefix: 'recovery' })
  const started = formatDate(new Date(pending.startedAt), i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  return (
    <div
      className="overlay"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
    >
      <div className="overlay__card">
        <h2 id="recovery-title">{t('title')}</h2>
        <p id="recovery-text">
          <Trans
            t={t}
            i18nKey="text"
            count={pending.steps.length}
            values={{ name: pending.circuit.name, started }}
            components={{ strong: <strong /> }}
          />{' '}
          {t(resumable ? 'askResume' : 'askSave')}
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
              {t('resume')}
            </button>
          )}
          <button
            ref={resumable ? undefined : firstButton}
            type="button"
            className={`button${resumable ? '' : ' button--primary'}`}
            onClick={() => act('save')}
          >
            {t('saveAsStopped')}
          </button>
          <button type="button" className="button button--danger" onClick={() => act('discard')}>
            {t('discard')}
          </button>
        </div>
      </div>
    </div>
  )
}
