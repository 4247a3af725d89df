// What the TV shows: the run screen's face (RunFace: phase, move, digits, the next move, and the paused,
// last-seconds and overrun states) with no controls and no cursor; the phase colour fills it and the
// circuit's colour is the accent band at its edge. It draws the main window's view; times are turned onto
// this page's clock with the two pages' time origins, so both show the same second.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DisplayFrame } from '@shared/ipc/contract'
import { phaseColours } from '@shared/run/phase'
import type { RunView } from '@shared/run/runView'
import { runWords } from '@shared/run/words'
import { RunFace } from '../features/run/RunFace'
import { phaseStyle } from '../features/run/phaseStyle'
import { I18nProvider } from '../i18n/I18nProvider'
import { pseudoRequested } from '../i18n/pseudoFlag'
import { useWording } from '../i18n/useWording'

export function DisplayScreen() {
  const [frame, setFrame] = useState<DisplayFrame | null>(null)
  useEffect(() => window.display?.onFrame(setFrame), [])
  useEffect(() => {
    document.documentElement.dataset['displayReady'] = 'true'
  }, [])
  // The TV speaks the app's language, which each frame names; before the first frame, the system's.
  return (
    <I18nProvider setting={frame?.lang ?? 'system'} pseudo={pseudoRequested()}>
      <DisplayContent frame={frame} />
    </I18nProvider>
  )
}

function DisplayContent({ frame }: { frame: DisplayFrame | null }) {
  const { t } = useTranslation('run')
  const view = (frame?.view ?? null) as RunView | null
  if (!frame || !view || view.status === 'finished' || view.status === 'stopped') {
    return (
      <section className="run display display--waiting" aria-label={t('screen.displayWaiting')}>
        <p className="display__waiting">
          {view && view.status !== 'ready' ? t('screen.complete') : t('screen.displayWaiting')}
        </p>
      </section>
    )
  }
  return <DisplayRun view={view} offsetMs={performance.timeOrigin - frame.timeOrigin} />
}

function DisplayRun({ view, offsetMs }: { view: RunView; offsetMs: number }) {
  const { t } = useTranslation('run')
  const words = runWords(view, useWording(), 'tv')
  const colours = phaseColours(view.step.kind, view.circuit.color)
  return (
    <section
      className="run display"
      style={phaseStyle(colours)}
      aria-label={t('screen.display', { name: view.circuit.name })}
      data-state={view.status === 'ready' ? 'idle' : view.status}
    >
      <RunFace view={view} words={words} offsetMs={offsetMs} />
    </section>
  )
}
