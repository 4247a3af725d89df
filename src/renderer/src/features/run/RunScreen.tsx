// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
// It draws the session's view from main (RunFace, shared with the TV) and sends it actions.
import type { RunView } from '@shared/run/runView'
import { phaseColours } from '@shared/run/phase'
import { runWords } from '@shared/run/words'
import { useRunSession } from './RunSessionProvider'
import { useRunActions } from './useRunActions'
import { useRunKeys } from './useRunKeys'
import { RunFace } from './RunFace'
import { useIdle } from './useIdle'
import { RunControls } from './RunControls'
import { StopConfirm } from './StopConfirm'
import { ComingUp } from './ComingUp'
import { FinishPanel } from './FinishPanel'
import { phaseStyle } from './phaseStyle'

export function RunScreen({ view }: { view: RunView }) {
  const { muted, display, offsetMs } = useRunSession()
  const { act, confirmStop, answerStop } = useRunActions(view)
  const idle = useIdle(2_000)

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
      <RunFace view={view} words={words} offsetMs={offsetMs} onAction={act}>
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
      </RunFace>
      {display.open && !ready && <ComingUp view={view} />}
      {confirmStop && (
        <StopConfirm onConfirm={() => answerStop(true)} onCancel={() => answerStop(false)} />
      )}
    </section>
  )
}
