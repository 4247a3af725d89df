// The keyboard's media keys, held system-wide only while a session runs, so play/pause, next and previous
// reach Cadence across the room while another window has focus; released as soon as the session ends.
import { globalShortcut } from 'electron'
import type { MediaKey } from '@shared/ipc/contract'

const ACCELERATORS: Record<string, MediaKey> = {
  MediaPlayPause: 'playPause',
  MediaNextTrack: 'next',
  MediaPreviousTrack: 'previous',
}

export function mediaKeys(onKey: (key: MediaKey) => void) {
  let held = false
  return {
    /** Returns whether the keys are held now (another app may own them: then they are not). */
    captureKeys(on: boolean): boolean {
      if (on && !held) {
        held = Object.entries(ACCELERATORS)
          .map(([accelerator, key]) => globalShortcut.register(accelerator, () => onKey(key)))
          .some(Boolean)
      } else if (!on && held) {
        for (const accelerator of Object.keys(ACCELERATORS)) globalShortcut.unregister(accelerator)
        held = false
      }
      return held
    },
  }
}
