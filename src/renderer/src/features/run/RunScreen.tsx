// The screen people watch from across the room: phase colour and word, the exercise, huge digits, what is next.
// It draws the session's view from main (RunFace, shared with the TV) and sends it actions.
import { useTranslation } from 'react-i18next'
import type { RunView } from '@shared/run/runView'
import { phaseColours } from '@shared/run/phase'
import { runWords } from '@shared/run/words'
import { runSaveMessages } from '@shared/run/messages'
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
import { useWording } from '@renderer/i18n/useWording'

export function RunScreen({ view }: { view: RunView }) {
  const { muted, display, offsetMs } = useRunSession()
  const { act, confirmStop, answerStop } = useRunActions(view)
  const idle = useIdle(2_000)
  const { t } = useTranslation('run')
  const wording = useWording()

  const { status, step } = view
  const ready = status === 'ready'
  const manual = step.durationMs === null
  const colours = phaseColours(step.kind, view.circuit.color)
  const words = runWords(view, wording)

  const over = status === 'finished' || status === 'stopped'
  useRunKeys(act, !confirmStop && !over)

  if (over) return <FinishPanel view={view} />

  return (
    <section
      className={`run${idle && status === 'running' ? ' run--idle' : ''}`}
      style={phaseStyle(colours)}
      aria-label={t('screen.running', { name: view.circuit.name })}
      data-state={ready ? 'idle' : status}
    >
      <p className="visually-hidden" aria-live="polite">
        {words.spoken}
      </p>
      <RunFace view={view} words={words} offsetMs={offsetMs} onAction={act}>
        {view.error && (
          <p role="alert" className="run__error">
            {runSaveMessages.journalFailed(view.error, wording)}
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
