// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
// It draws the run controller's view and dispatches actions; the time on it is kept by useRunClock.
import { useEffect, useRef, useState } from 'react'
import type { RunView } from '@shared/run/runView'
import { phaseColours } from '@shared/run/phase'
import { runWords } from '@shared/run/words'
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

export function RunScreen({ view }: { view: RunView }) {
  const { send, muted, setMuted, display } = useRunSession()
  const [confirmStop, setConfirmStop] = useState(false)
  const { showShortcuts } = useCommands()
  const fullscreen = useAction('switch fullscreen', () => window.api.toggleFullscreen())
  const idle = useIdle(2_000)
  const digits = useRef<HTMLDivElement>(null)
  const stepBar = useRef<HTMLDivElement>(null)
  const sessionBar = useRef<HTMLDivElement>(null)
  const total = useRef<HTMLSpanElement>(null)
  useRunClock(view, { digits, total, stepBar, sessionBar })

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
          aria-label={manual ? 'Time in this step' : 'Time left in this step'}
          data-phase={ready ? 'idle' : step.kind}
          data-step={view.stepIndex}
          data-step-started-at={ready ? undefined : view.timing.stepStartedAt}
          data-testid="digits"
        />
        {manual && !ready && (
          <button type="button" className="run__done" onClick={() => act('done')}>
            Done
          </button>
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
