// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
// It draws the session's view from main and sends it actions; the time on it is kept by useRunClock.
import { useRef } from 'react'
import type { RunView } from '@shared/run/runView'
import { phaseColours } from '@shared/run/phase'
import { runWords } from '@shared/run/words'
import { useRunSession } from './RunSessionProvider'
import { useRunActions } from './useRunActions'
import { useRunKeys } from './useRunKeys'
import { RunStage } from './RunStage'
import { useIdle } from './useIdle'
import { useRunClock } from './useRunClock'
import { RunControls } from './RunControls'
import { StopConfirm } from './StopConfirm'
import { ComingUp } from './ComingUp'
import { FinishPanel } from './FinishPanel'
import { phaseStyle } from './phaseStyle'

export function RunScreen({ view }: { view: RunView }) {
  const { muted, display, offsetMs } = useRunSession()
  const { act, confirmStop, answerStop } = useRunActions(view)
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
  const words = runWords(view)

  const over = status === 'finished' || status === 'stopped'
  useRunKeys(act, !confirmStop && !over)

  if (over) return <FinishPanel view={view} />

  return (
    <section
      className={`run${idle && status === 'running' ? ' run--idle' : ''}`}
      style={phaseStyle(colours)}
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
      <RunStage
        view={view}
        headline={words.headline}
        offsetMs={offsetMs}
        digits={digits}
        stepBar={stepBar}
        onAction={act}
      />
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
        <StopConfirm onConfirm={() => answerStop(true)} onCancel={() => answerStop(false)} />
      )}
    </section>
  )
}
