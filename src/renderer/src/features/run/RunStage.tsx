// The middle of the run screen, the part read from across the room: the move, its cue and safety line,
// the big digits (painted by useRunClock through the ref), the format's line, Done, and the step's bar.
// The cue, safety and format lines are fixed slots, drawn empty when there is nothing to say, so the digits
// never jump between steps.
import { useEffect, useRef, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunView } from '@shared/run/runView'
import { findExercise, localizeExercise } from '@shared/library'
import type { Wording } from '@shared/engine/stepWords'
import { digitsLabel, formatLine, overrunWords } from '@shared/run/formatWords'
import { nextMove } from '@shared/run/words'
import type { RunAction } from './runKeys'
import { useWording } from '@renderer/i18n/useWording'
import { RunDemo } from '../demo/RunDemo'

export interface RunStageProps {
  view: RunView
  headline: string
  offsetMs: number
  digits: RefObject<HTMLDivElement | null>
  stepBar: RefObject<HTMLDivElement | null>
  /** Absent on the TV, which has no controls. */
  onAction?: ((action: RunAction) => void) | undefined
}

/** The cue and safety lines: the move's own during work; during a break, the coming move's, to set up for it. */
function detailsOf(view: RunView, w: Wording) {
  const step = view.step.kind === 'work' ? view.step : nextMove(view)
  if (view.status === 'ready' || step?.kind !== 'work') return { cue: '', safety: '' }
  const known = findExercise(step.exercise?.libraryId)
  const exercise = known && localizeExercise(known, w.t)
  const reps = step.exercise?.reps
  const cue = [reps ? w.t('common:count.reps', { count: reps }) : null, step.exercise?.notes]
    .concat(exercise?.cue)
    .filter(Boolean)
    .join(' · ')
  return { cue, safety: exercise?.safety ?? '' }
}

export function RunStage({ view, headline, offsetMs, digits, stepBar, onAction }: RunStageProps) {
  const { step } = view
  const ready = view.status === 'ready'
  const manual = step.durationMs === null
  const wording = useWording()
  const { t } = useTranslation('run')
  const { cue, safety } = detailsOf(view, wording)
  const words = useRef<HTMLDivElement>(null)
  useStepEntrance(words, view.stepIndex)
  return (
    <div className="run__middle">
      <div ref={words} className="run__words">
        <h1 className="run__exercise" data-testid="exercise">
          {headline}
        </h1>
        <p className="run__cue" data-testid="cue">
          {cue}
        </p>
        <p className="run__safety">{safety}</p>
      </div>
      <RunDemo view={view} />
      <div
        ref={digits}
        className={`run__digits${manual && !ready ? ' run__digits--up' : ''}`}
        role="timer"
        aria-label={digitsLabel(view, wording)}
        data-phase={ready ? 'idle' : step.kind}
        data-step={view.stepIndex}
        data-step-started-at={ready ? undefined : view.timing.stepStartedAt - offsetMs}
        data-testid="digits"
      />
      <p className="run__status">
        <span className="run__format" data-testid="format">
          {formatLine(view, wording)}
        </span>
        <span className="run__over" data-testid="over">
          {overrunWords(wording)}
        </span>
      </p>
      {onAction && manual && !ready && (
        <span className="run__done-row">
          <button type="button" className="run__done" onClick={() => onAction('done')}>
            {t('screen.done')}
          </button>
          {view.format?.canRoundDone && (
            <button type="button" className="run__done" onClick={() => onAction('roundDone')}>
              {t('screen.roundDone')}
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

/** A new step's words rise and fade in: opacity and transform only, so the compositor does it. With reduced
 * motion nothing moves; the words simply change. */
function useStepEntrance(target: RefObject<HTMLElement | null>, stepIndex: number) {
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    const el = target.current
    if (!el || window.matchMedia('(prefers-reduced-motion: reduce)').matches) return
    el.animate(
      [
        { opacity: 0, transform: 'translateY(1.5vh)' },
        { opacity: 1, transform: 'none' },
      ],
      { duration: 260, easing: 'cubic-bezier(0.2, 0.7, 0.3, 1)' }
    )
  }, [target, stepIndex])
}
