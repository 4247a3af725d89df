// After the last step (or a stop): what was done, how hard it felt, a note; then back to the circuits or again.
import { ScoreSummary } from '../scores/ScoreSummary'
import type { RunView } from '@shared/run/runView'
import { useNavigation } from '@renderer/app/navigation'
import { useRunSession } from './RunSessionProvider'
import { EffortPicker, LoadLog, SessionStats } from './FinishParts'
import { useFinishNotes } from './useFinishNotes'

export function FinishPanel({ view }: { view: RunView }) {
  const { send } = useRunSession()
  const notes = useFinishNotes(view)
  const { rpe, setRpe, note, setNote, status, error, loads, hasPrevious, setLoad } = notes
  const saved = view.save.state === 'saved' ? view.save : null
  const session = saved?.session
  const exercises = view.exercises

  const finished = session?.status === 'completed'

  return (
    <section className="finish" aria-labelledby="finish-title">
      <h1 id="finish-title">
        {session ? (finished ? 'Workout complete' : 'Session stopped') : 'Saving your session…'}
      </h1>
      <p className="finish__circuit">{view.circuit.name}</p>
      {view.save.state === 'failed' && (
        <div role="alert" className="notice notice--error">
          <p>{view.save.message}</p>
          <button type="button" className="button" onClick={() => send({ type: 'retrySave' })}>
            Try saving again
          </button>
        </div>
      )}
      {session && (
        <>
          {/* An AMRAP or For Time score is what the session was for: it leads, big. */}
          <ScoreSummary session={session} headline />
          <SessionStats session={session} />
          <p className="finish__saved" role="status">
            Saved to your history.
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
            <span>Note</span>
            <textarea
              value={note}
              maxLength={2000}
              rows={3}
              onChange={(e) => setNote(e.target.value)}
              placeholder="Heavier rows next time?"
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
              {status === 'saving'
                ? 'Saving…'
                : status === 'saved' && !notes.dirty
                  ? 'Rating saved'
                  : 'Save rating and note'}
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
        See history
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void leave(() => send({ type: 'again' }))}
      >
        Run again
      </button>
      <button
        type="button"
        className="button"
        onClick={() => void leave(() => leaveFor('circuits'))}
      >
        Done
      </button>
    </>
  )
}
