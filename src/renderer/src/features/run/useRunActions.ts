// What each run action does, whether it came from a key, a button or a clicker: session commands go to
// main, the rest (mute, fullscreen, help, the TV window) stay in this window; Stop asks first once started.
import { useState } from 'react'
import type { RunView } from '@shared/run/runView'
import { useCommands } from '@renderer/app/commands'
import { useAction } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'
import type { RunAction } from './runKeys'

export interface RunActions {
  act: (action: RunAction) => void
  /** The Stop confirmation is open. */
  confirmStop: boolean
  /** Closes the confirmation; `stop` says whether the user confirmed. */
  answerStop: (stop: boolean) => void
}

export function useRunActions(view: RunView): RunActions {
  const { send, muted, setMuted, display } = useRunSession()
  const [confirmStop, setConfirmStop] = useState(false)
  const { showShortcuts } = useCommands()
  const fullscreen = useAction('fullscreen', () => window.api.toggleFullscreen())
  const ready = view.status === 'ready'
  const act = (action: RunAction) => {
    switch (action) {
      case 'toggle':
      case 'next':
      case 'previous':
      case 'done':
      case 'roundDone':
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
  const answerStop = (stop: boolean) => {
    setConfirmStop(false)
    if (stop) send({ type: 'stop' })
  }
  return { act, confirmStop, answerStop }
}
