// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
import { useEffect, useRef, useState } from 'react'
import { useSelector } from '@xstate/react'
import { describeStep } from '../../../../shared/engine/plan'
import {
  remainingMs,
  sessionElapsedMs,
  sessionProgress,
  sessionRemainingMs,
  stepElapsedMs,
  stepProgress,
} from '../../../../shared/engine/selectors'
import { findExercise } from '../../../../shared/library'
import { useRunSession, type ActiveRun } from './RunSessionProvider'
import { clock, PHASE_WORDS, phaseColours } from './phase'
import { actionForKey, type RunAction } from './runKeys'
import { useFrame } from './useFrame'
import { useIdle } from './useIdle'
import { RunControls } from './RunControls'
import { useCommands } from '../../app/commands'
import { isTypingTarget } from '../../lib/keys'
import { StopConfirm } from './StopConfirm'
import { FinishPanel } from './FinishPanel'

export function RunScreen({ run }: { run: ActiveRun }) {
  const { begin, close, muted, setMuted } = useRunSession()
  const snapshot = useSelector(run.actor, (s) => s)
  const [confirmStop, setConfirmStop] = useState(false)
  const { showShortcuts } = useCommands()
  const idle = useIdle(2_000)
  const digits = useRef<HTMLDivElement>(null)
  const stepBar = useRef<HTMLDivElement>(null)
  const sessionBar = useRef<HTMLDivElement>(null)
  const total = useRef<HTMLSpanElement>(null)

  const ctx = snapshot.context
  const hasReps = run.plan.totals.manualSteps > 0
  const state = typeof snapshot.value === 'string' ? snapshot.value : 'running'
  const step = ctx.plan.steps[ctx.stepIndex]!
  const next = step.next === null ? null : ctx.plan.steps[step.next]!
  const manual = step.durationMs === null
  const colours = phaseColours(step.kind, run.circuit.color)
  const cue = step.kind === 'work' ? findExercise(step.exercise?.libraryId)?.cue : undefined
  const safety = step.kind === 'work' ? findExercise(step.exercise?.libraryId)?.safety : undefined

  // The digits and bars are written straight to the DOM each frame from the machine's derived times.
  useFrame((now) => {
    const c = run.actor.getSnapshot().context
    const left = remainingMs(c, now)
    const text =
      state === 'idle'
        ? clock(c.plan.steps[0]?.durationMs ?? 0, true)
        : left === null
          ? clock(stepElapsedMs(c, now), false)
          : clock(left, true)
    if (digits.current && digits.current.textContent !== text) digits.current.textContent = text
    if (stepBar.current)
      stepBar.current.style.transform = `scaleX(${state === 'idle' ? 0 : stepProgress(c, now)})`
    if (sessionBar.current)
      sessionBar.current.style.transform = `scaleX(${state === 'idle' ? 0 : sessionProgress(c, now)})`
    // With rep steps the length is unknown: count up the time spent instead (AMRAP needs exactly that).
    const totalText = hasReps
      ? clock(state === 'idle' ? 0 : sessionElapsedMs(c, now), false)
      : clock(state === 'idle' ? c.plan.totals.durationMs : sessionRemainingMs(c, now), true)
    if (total.current && total.current.textContent !== totalText)
      total.current.textContent = totalText
  })

  const act = (action: RunAction) => {
    const send = (type: 'TOGGLE' | 'NEXT' | 'PREVIOUS' | 'DONE' | 'ADD_TIME' | 'REMOVE_TIME') =>
      run.actor.send({ type })
    switch (action) {
      case 'toggle':
        return state === 'idle' ? begin() : send('TOGGLE')
      case 'next':
        return state === 'idle' ? undefined : send('NEXT')
      case 'previous':
        return state === 'idle' ? undefined : send('PREVIOUS')
      case 'done':
        return send('DONE')
      case 'addTime':
        return send('ADD_TIME')
      case 'removeTime':
        return send('REMOVE_TIME')
      case 'mute':
        return setMuted(!muted)
      case 'fullscreen':
        return void window.api.toggleFullscreen()
      case 'stop':
        // Nothing has happened before the start, so there is nothing to confirm.
        return state === 'idle' ? close() : setConfirmStop(true)
      case 'help':
        return showShortcuts()
    }
  }
  const actRef = useRef(act)
  useEffect(() => {
    actRef.current = act
  })

  useEffect(() => {
    if (confirmStop || state === 'finished' || state === 'stopped') return
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
  }, [confirmStop, state])

  if (state === 'finished' || state === 'stopped') return <FinishPanel run={run} />

  const where = [
    step.round && step.rounds ? `Round ${step.round}/${step.rounds}` : null,
    step.exerciseNumber && step.exercisesInBlock
      ? `Exercise ${step.exerciseNumber}/${step.exercisesInBlock}`
      : null,
    step.blocks > 1 && step.block ? `Block ${step.block}/${step.blocks}` : null,
  ].filter(Boolean)
  // During a break, the big line is what comes next: that is what the user is getting ready for.
  const upNext = next?.kind === 'work' ? next.label : null
  const heading =
    step.kind === 'work'
      ? step.label
      : step.kind === 'prepare' && upNext
        ? `First: ${upNext}`
        : (step.kind === 'rest' || step.kind === 'roundRest' || step.kind === 'switch') && upNext
          ? `Up next: ${upNext}`
          : step.label
  const spoken = `${PHASE_WORDS[step.kind]}: ${heading}.${where.length ? ` ${where.join(', ')}.` : ''}${next ? ` Next: ${describeStep(next)}.` : ''}`

  return (
    <section
      className={`run${idle && state === 'running' ? ' run--idle' : ''}`}
      style={{ background: colours.background, color: colours.text }}
      aria-label={`Running ${run.circuit.name}`}
      data-state={state}
    >
      <p className="visually-hidden" aria-live="polite">
        {state === 'paused'
          ? `Paused. ${spoken}`
          : state === 'idle'
            ? `Ready: ${run.circuit.name}. Press Space to start.`
            : spoken}
      </p>
      <header className="run__top">
        <div className="run__phase" data-testid="phase">
          {state === 'idle' ? 'Ready' : PHASE_WORDS[step.kind]}
          {state === 'paused' && <span className="run__paused"> · Paused</span>}
        </div>
        <div className="run__where" data-testid="where">
          {where.join(' · ')}
        </div>
      </header>
      <div className="run__middle">
        <h1 className="run__exercise" data-testid="exercise">
          {state === 'idle' ? run.circuit.name : heading}
        </h1>
        {state !== 'idle' && (cue || step.exercise?.notes || step.exercise?.reps) && (
          <p className="run__cue" data-testid="cue">
            {[step.exercise?.reps ? `${step.exercise.reps} reps` : null, step.exercise?.notes, cue]
              .filter(Boolean)
              .join(' · ')}
          </p>
        )}
        {state !== 'idle' && safety && <p className="run__safety">{safety}</p>}
        <div
          ref={digits}
          className={`run__digits${manual && state !== 'idle' ? ' run__digits--up' : ''}`}
          role="timer"
          aria-label={manual ? 'Time in this step' : 'Time left in this step'}
          data-phase={state === 'idle' ? 'idle' : step.kind}
          data-step={ctx.stepIndex}
          data-step-started-at={state === 'idle' ? undefined : ctx.stepStartedAt}
          data-testid="digits"
        />
        {manual && state !== 'idle' && (
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
          {state === 'idle'
            ? `${run.plan.steps.length} steps`
            : next
              ? `Next: ${describeStep(next)}`
              : 'Last one!'}
        </p>
        <p className="run__total">
          {hasReps ? 'Elapsed' : 'Total left'} <span ref={total} data-testid="total-left" />
        </p>
        <div className="run__bar run__bar--thin" aria-hidden="true">
          <div ref={sessionBar} className="run__bar-fill" />
        </div>
        {run.error && (
          <p role="alert" className="run__error">
            {run.error}
          </p>
        )}
        <RunControls state={state} manual={manual} muted={muted} onAction={act} />
      </footer>
      {confirmStop && (
        <StopConfirm
          onConfirm={() => {
            setConfirmStop(false)
            run.actor.send({ type: 'STOP' })
          }}
          onCancel={() => setConfirmStop(false)}
        />
      )}
    </section>
  )
}
