// After the last step (or a stop): what was done, how hard it felt, a note; then back to the circuits or again.
import { useTranslation } from 'react-i18next'
import { ScoreSummary } from '../scores/ScoreSummary'
import type { RunView } from '@shared/run/runView'
import { useNavigation } from '@renderer/app/navigation'
import { useRunSession } from './RunSessionProvider'
import { EffortPicker, LoadLog, SessionStats } from './FinishParts'
import { useFinishNotes } from './useFinishNotes'
import { runSaveMessages } from '@shared/run/messages'
import { useWording } from '@renderer/i18n/useWording'

export function FinishPanel({ view }: { view: RunView }) {
  const { send } = useRunSession()
  const notes = useFinishNotes(view)
  const { t } = useTranslation('run', { keyPrefix: 'finish' })
  const wording = useWording()
  const { rpe, setRpe, note, setNote, status, error, loads, hasPrevious, setLoad } = notes
  const saved = view.save.state === 'saved' ? view.save : null
  const session = saved?.session
  const exercises = view.exercises

  const finished = session?.status === 'completed'

  return (
    <section className="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">{t(session ? (finished ? 'complete' : 'stopped') : 'saving')}</h1>
      <p className="finish__circuit">{view.circuit.name}</p>
      {view.save.state === 'failed' && (
        <div role="alert" className="notice notice--error">
          <p>{runSaveMessages.saveFailed(view.save.message, view.journal, wording)}</p>
          <button type="button" className="button" onClick={() => send({ type: 'retrySave' })}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {session && (
        <>
          {/* An AMRAP or For Time score is what the session was for: it leads, big. */}
          <ScoreSummary session={session} headline />
          <SessionStats session={session} />
          <p className="finish__saved" role="status">
            {t('saved')}
          </p>
          <EffortPicker rpe={rpe} setRpe={setRpe} />
          {exercises.length > 0 && (
            <LoadLog
              session={session}
              exercises={exercises}
              loads={loads}
              hasPrevious={hasPrevious}
              setLoad={setLoad}
            />
          )}
          <label className="finish__note">
            <span>{t('note')}</span>
            <textarea
              value={note}
              maxLength={2000}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
              placeholder={t('notePlaceholder')}
            />
          </label>
          {error && (
            <p role="alert" className="notice notice--error">
              {error}
            </p>
          )}
          <div className="finish__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={status === 'saving' || !notes.dirty}
              onClick={() => void notes.saveNotes()}
            >
              {t(
                status === 'saving'
                  ? 'savingNotes'
                  : status === 'saved' && !notes.dirty
                    ? 'ratingSaved'
                    : 'saveRating'
              )}
            </button>
            <LeaveButtons beforeLeaving={notes.saveIfChanged} />
          </div>
        </>
      )}
    </section>
  )
}

/** Where to go from here; each saves an unsaved rating or note first (and stays if that fails), then
 * closes the finished session. */
function LeaveButtons({ beforeLeaving }: { beforeLeaving: () => Promise<boolean> }) {
  const { send } = useRunSession()
  const { navigate } = useNavigation()
  const { t } = useTranslation('run', { keyPrefix: 'finish' })
  const leave = async (then: () => void) => {
    if (await beforeLeaving()) then()
  }
  const leaveFor = (page: 'history' | 'circuits') => {
    send({ type: 'close' })
    navigate(page)
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void leave(() => leaveFor('history'))}
      >
        {t('seeHistory')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void leave(() => send({ type: 'again' }))}
      >
        {t('runAgain')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void leave(() => leaveFor('circuits'))}
      >
        {t('done')}
      </button>
    </>
  )
}
