// What the TV shows: the phase colour and word, the exercise, the digits and what is next; no controls,
// no cursor. It draws the main window's view; times are turned onto this page's clock with the two
// pages' time origins, so both show the same second.
import { useEffect, useRef, useState } from 'react'
import type { DisplayFrame } from '@shared/ipc/contract'
import { findExercise } from '@shared/library'
import { phaseColours } from '@shared/run/phase'
import type { RunView } from '@shared/run/runView'
import { runWords } from '@shared/run/words'
import { useRunClock } from '../features/run/useRunClock'
import { phaseStyle } from '../features/run/phaseStyle'

export function DisplayScreen() {
  const [frame, setFrame] = useState<DisplayFrame | null>(null)
  useEffect(() => window.display?.onFrame(setFrame), [])
  const view = (frame?.view ?? null) as RunView | null
  useEffect(() => {
    document.documentElement.dataset['displayReady'] = 'true'
  }, [])
  if (!frame || !view || view.status === 'finished' || view.status === 'stopped') {
    return (
      <section className="run display display--waiting" aria-label="Cadence display">
        <p className="display__waiting">
          {view && view.status !== 'ready' ? 'Workout complete' : 'Cadence'}
        </p>
      </section>
    )
  }
  return <DisplayRun view={view} offsetMs={performance.timeOrigin - frame.timeOrigin} />
}

function DisplayRun({ view, offsetMs }: { view: RunView; offsetMs: number }) {
  const digits = useRef<HTMLDivElement>(null)
  const total = useRef<HTMLSpanElement>(null)
  const stepBar = useRef<HTMLDivElement>(null)
  const sessionBar = useRef<HTMLDivElement>(null)
  useRunClock(view, { digits, total, stepBar, sessionBar }, offsetMs)
  const words = runWords(view)
  const { step, status } = view
  const colours = phaseColours(step.kind, view.circuit.color)
  const exercise = step.kind === 'work' ? findExercise(step.exercise?.libraryId) : undefined
  return (
    <section
      className="run display"
      style={phaseStyle(colours)}
      aria-label={`Display: ${view.circuit.name}`}
      data-state={status}
    >
      <header className="run__top">
        <div className="run__phase" data-testid="phase">
          {words.phase}
          {status === 'paused' && <span className="run__paused"> · Paused</span>}
        </div>
        <div className="run__where">{words.where}</div>
      </header>
      <div className="run__middle">
        <h1 className="run__exercise" data-testid="exercise">
          {words.headline}
        </h1>
        {status !== 'ready' && exercise?.cue && <p className="run__cue">{exercise.cue}</p>}
        {status !== 'ready' && exercise?.safety && <p className="run__safety">{exercise.safety}</p>}
        <div ref={digits} className="run__digits" role="timer" data-testid="digits" />
        <div className="run__bar" aria-hidden="true">
          <div ref={stepBar} className="run__bar-fill" />
        </div>
      </div>
      <footer className="run__bottom">
        <p className="run__next">{words.next}</p>
        <p className="run__total">
          {view.hasReps ? 'Elapsed' : 'Total left'} <span ref={total} />
        </p>
        <div className="run__bar run__bar--thin" aria-hidden="true">
          <div ref={sessionBar} className="run__bar-fill" />
        </div>
      </footer>
    </section>
  )
}
