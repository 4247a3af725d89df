// Sends every frame of the session to every screen: the main window, the TV display window and the phones.
// Each draws its own digits from the planned instants in the frame, so nothing here runs per second.
import { toRemoteView } from '@shared/remote/remoteView'
import type { SessionFrame } from '@shared/session/sessionCommands'
import type { Platform } from '../platformPort'
import { currentLanguage, t } from '../i18n/mainLanguage'
import type { SessionRemoteFrame } from '../music/phoneTrack'
import type { SessionService } from './sessionService'

export interface Screens {
  display: Platform['display']
  remote: { publish(frame: SessionRemoteFrame): void }
  /** The main window (a system event), when there is one. */
  window?: (frame: SessionFrame) => void
}

/** Publishes the current frame now and every new one after; returns the stop. */
export function publishSession(session: SessionService, screens: Screens): () => void {
  const send = (frame: SessionFrame) => {
    screens.window?.(frame)
    // The session clock is on the wall clock's scale: a time origin of 0 lets the display window turn it
    // into its own clock with its own time origin (see the display's DisplayScreen).
    // Both screens speak the app's language: main writes the phone's words, and both pages translate
    // their own fixed words in the language the frame names.
    const lang = currentLanguage()
    screens.display.publish({ view: frame.view, timeOrigin: 0, lang })
    screens.remote.publish({
      view: frame.view ? toRemoteView(frame.view, { t, lang }) : null,
      sentAt: frame.sentAt,
      lang,
    })
  }
  send(session.frame())
  return session.subscribe(send)
}

/** The display window as the handlers see it: on opening, it draws the session as it is now. */
export function withCurrentFrame(
  display: Platform['display'],
  session: Pick<SessionService, 'frame'>
): Platform['display'] {
  return {
    ...display,
    open(displayId) {
      const opened = display.open(displayId)
      display.publish({ view: session.frame().view, timeOrigin: 0, lang: currentLanguage() })
      return opened
    },
  }
}
