// The middle of the run screen, the part read from across the room: the move, its cue and safety line,
// the big digits (painted by useRunClock through the ref), the format's line, Done, and the step's bar.
import type { RefObject } from 'react'
import type { RunView } from '@shared/run/runView'
import { findExercise } from '@shared/library'
import { digitsLabel, formatLine } from './runLabels'
import type { RunAction } from './runKeys'

export interface RunStageProps {
  view: RunView
  headline: string
  offsetMs: number
  digits: RefObject<HTMLDivElement | null>
  stepBar: RefObject<HTMLDivElement | null>
  onAction: (action: RunAction) => void
}

export function RunStage({ view, headline, offsetMs, digits, stepBar, onAction }: RunStageProps) {
  const { step } = view
  const ready = view.status === 'ready'
  const manual = step.durationMs === null
  const exercise = step.kind === 'work' ? findExercise(step.exercise?.libraryId) : undefined
  const details = [
    step.exercise?.reps ? `${step.exercise.reps} reps` : null,
    step.exercise?.notes,
    exercise?.cue,
  ].filter(Boolean)
  return (
    <div className="run__middle">
      <h1 className="run__exercise" data-testid="exercise">
        {headline}
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
          <button type="button" className="run__done" onClick={() => onAction('done')}>
            Done
          </button>
          {view.format?.canRoundDone && (
            <button type="button" className="run__done" onClick={() => onAction('roundDone')}>
              Round done
            </button>
          )}
        </span>
      )}
      <div className="run__bar" aria-hidden="true">
        <div ref={stepBar} className="run__bar-fill" />
      </div>
    </div>
  )
}
