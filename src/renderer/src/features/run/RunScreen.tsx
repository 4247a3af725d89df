// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
// It draws the run controller's view and dispatches actions; the time on it is kept by useRunClock.
import { useEffect, useRef, useState } from 'react'
import type { RunView } from '@shared/run/runView'
import { phaseColours } from '@shared/run/phase'
import { runWords } from '@shared/run/words'
import { formatClock } from '@shared/model/durations'
import { findExercise } from '@shared/library'
import { useCommands } from '@renderer/app/commands'
import { isTypingTarget } from '@renderer/lib/keys'
import { useAction } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'
import { actionForKey, type RunAction } from './runKeys'
import { useIdle } from './useIdle'
import { useRunClock } from './useRunClock'
import { RunControls } from './RunControls'
import { StopConfirm } from './StopConfirm'
import { ComingUp } from './ComingUp'
import { FinishPanel } from './FinishPanel'

/** What the big digits are, for a screen reader: they mean different things per format. */
function digitsLabel(view: RunView): string {
  switch (view.format?.type) {
    case 'forTime':
      return 'Time so far'
    case 'amrap':
      return 'Time left under the cap'
    case 'emom':
      return 'Time left in this window'
    default:
      return view.step.durationMs === null ? 'Time in this step' : 'Time left in this step'
  }
}

/** The format's own line under the digits: the cap, the round, what is left. */
function formatLine(view: RunView): string {
  const f = view.format!
  const cap = f.capMs === null ? null : formatClock(f.capMs, false)
  switch (f.type) {
    case 'amrap':
      return `AMRAP ${cap} · round ${f.round}`
    case 'forTime':
      return [
        'For Time',
        cap ? `cap ${cap}` : null,
        f.roundsLeft === 0 ? 'last round' : `${f.roundsLeft} rounds left after this`,
      ]
        .filter(Boolean)
        .join(' · ')
    case 'emom':
      return view.step.kind === 'work'
        ? 'EMOM · do the reps, then Done'
        : 'EMOM · rest until the minute is up'
  }
}

export function RunScreen({ view }: { view: RunView }) {
  const { send, muted, setMuted, display, offsetMs } = useRunSession()
  const [confirmStop, setConfirmStop] = useState(false)
  const { showShortcuts } = useCommands()
  const fullscreen = useAction('switch fullscreen', () => window.api.toggleFullscreen())
  const idle = useIdle(2_000)
  const digits = useRef<HTMLDivElement>(null)
  const stepBar = useRef<HTMLDivElement>(null)
  const sessionBar = useRef<HTMLDivElement>(null)
  const total = useRef<HTMLSpanElement>(null)
  useRunClock(view, { digits, total, stepBar, sessionBar }, offsetMs)

  const { status, step } = view
  const ready = status === 'ready'
  const manual = step.durationMs === null
  const colours = phaseColours(step.kind, view.circuit.color)
  const exercise = step.kind === 'work' ? findExercise(step.exercise?.libraryId) : undefined
  const words = runWords(view)

  const act = (action: RunAction) => {
    switch (action) {
      case 'toggle':
      case 'next':
      case 'previous':
      case 'done':
      case 'roundDone':
      case 'addTime':
      case 'removeTime':
        return send({ type: action })
      case 'mute':
        return setMuted(!muted)
      case 'fullscreen':
        return void fullscreen.run()
      case 'stop':
        // Nothing has happened before the start, so there is nothing to confirm.
        return ready ? send({ type: 'close' }) : setConfirmStop(true)
      case 'help':
        return showShortcuts()
      case 'display':
        return display.toggle()
    }
  }
  const actRef = useRef(act)
  useEffect(() => {
    actRef.current = act
  })

  const over = status === 'finished' || status === 'stopped'
  useEffect(() => {
    if (confirmStop || over) return
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.defaultPrevented || isTypingTarget(event.target)) return
      const action = actionForKey(event.key)
      if (!action) return
      // Buttons keep their own Space/Enter; everywhere else the run screen owns the keys.
      const target = event.target as HTMLElement | null
      if (
        (event.key === ' ' || event.key === 'Enter') &&
        target?.closest('button, input, textarea, select')
      )
        return
      event.preventDefault()
      actRef.current(action)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [confirmStop, over])

  if (over) return <FinishPanel view={view} />

  const details = [
    step.exercise?.reps ? `${step.exercise.reps} reps` : null,
    step.exercise?.notes,
    exercise?.cue,
  ].filter(Boolean)
  return (
    <section
      className={`run${idle && status === 'running' ? ' run--idle' : ''}`}
      style={{ background: colours.background, color: colours.text }}
      aria-label={`Running ${view.circuit.name}`}
      data-state={ready ? 'idle' : status}
    >
      <p className="visually-hidden" aria-live="polite">
        {words.spoken}
      </p>
      <header className="run__top">
        <div className="run__phase" data-testid="phase">
          {words.phase}
          {status === 'paused' && <span className="run__paused"> · Paused</span>}
        </div>
        <div className="run__where" data-testid="where">
          {words.where}
        </div>
      </header>
      <div className="run__middle">
        <h1 className="run__exercise" data-testid="exercise">
          {words.headline}
        </h1>
        {!ready && details.length > 0 && (
          <p className="run__cue" data-testid="cue">
            {details.join(' · ')}
          </p>
        )}
        {!ready && exercise?.safety && <p className="run__safety">{exercise.safety}</p>}
        <div
          ref={digits}
          className={`run__digits${manual && !ready ? ' run__digits--up' : ''}`}
          role="timer"
          aria-label={digitsLabel(view)}
          data-phase={ready ? 'idle' : step.kind}
          data-step={view.stepIndex}
          data-step-started-at={ready ? undefined : view.timing.stepStartedAt - offsetMs}
          data-testid="digits"
        />
        {!ready && view.format && (
          <p className="run__format" data-testid="format">
            {formatLine(view)}
          </p>
        )}
        {manual && !ready && (
          <span className="run__done-row">
            <button type="button" className="run__done" onClick={() => act('done')}>
              Done
            </button>
            {view.format?.canRoundDone && (
              <button type="button" className="run__done" onClick={() => act('roundDone')}>
                Round done
              </button>
            )}
          </span>
        )}
        <div className="run__bar" aria-hidden="true">
          <div ref={stepBar} className="run__bar-fill" />
        </div>
      </div>
      <footer className="run__bottom">
        <p className="run__next" data-testid="next">
          {words.next}
        </p>
        <p className="run__total">
          {view.hasReps ? 'Elapsed' : 'Total left'} <span ref={total} data-testid="total-left" />
        </p>
        <div className="run__bar run__bar--thin" aria-hidden="true">
          <div ref={sessionBar} className="run__bar-fill" />
        </div>
        {view.error && (
          <p role="alert" className="run__error">
            {view.error}
          </p>
        )}
        <RunControls
          state={ready ? 'idle' : status}
          manual={manual}
          muted={muted}
          displayOpen={display.open}
          onAction={act}
        />
      </footer>
      {display.open && !ready && <ComingUp view={view} />}
      {confirmStop && (
        <StopConfirm
          onConfirm={() => {
            setConfirmStop(false)
            send({ type: 'stop' })
          }}
          onCancel={() => setConfirmStop(false)}
        />
      )}
    </section>
  )
}
