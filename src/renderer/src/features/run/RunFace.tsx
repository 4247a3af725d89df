// What the run screen and the TV display both draw: the phase and where, the stage (move, cue, digits),
// the one line about the next move, the total and the session bar, and a big PAUSED while paused. One
// component, so the TV shows every state the laptop does; the laptop adds its controls as children.
import { useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RunView } from '@shared/run/runView'
import type { RunWords } from '@shared/run/words'
import { RunStage } from './RunStage'
import { useRunClock } from './useRunClock'
import type { RunAction } from './runKeys'

interface Props {
  view: RunView
  words: RunWords
  offsetMs: number
  /** Only the laptop has a Done button; the TV has no controls. */
  onAction?: ((action: RunAction) => void) | undefined
  children?: ReactNode
}

export function RunFace({ view, words, offsetMs, onAction, children }: Props) {
  const digits = useRef<HTMLDivElement>(null)
  const stepBar = useRef<HTMLDivElement>(null)
  const sessionBar = useRef<HTMLDivElement>(null)
  const total = useRef<HTMLSpanElement>(null)
  useRunClock(view, { digits, total, stepBar, sessionBar }, offsetMs)
  const { t } = useTranslation('run')
  return (
    <>
      <header className="run__top">
        <div className="run__phase" data-testid="phase">
          {words.phase}
        </div>
        <div className="run__where" data-testid="where">
          {words.where}
        </div>
      </header>
      {view.status === 'paused' && (
        <p className="run__paused" data-testid="paused">
          {t('screen.paused')}
        </p>
      )}
      <RunStage
        view={view}
        headline={words.headline}
        offsetMs={offsetMs}
        digits={digits}
        stepBar={stepBar}
        onAction={onAction}
      />
      <footer className="run__bottom">
        <p className="run__next" data-testid="next">
          {words.next}
        </p>
        <p className="run__total">
          {t(view.hasReps ? 'screen.elapsed' : 'screen.totalLeft')}{' '}
          <span ref={total} data-testid="total-left" />
        </p>
        <div className="run__bar run__bar--thin" aria-hidden="true">
          <div ref={sessionBar} className="run__bar-fill" />
        </div>
        {children}
      </footer>
    </>
  )
}
