// What the run screen tells the user about the disk, said exactly as things are.
import type { RunView } from './runView'

export const runSaveMessages = {
  journalFailed: (reason: string) =>
    `Could not write this session to disk as it runs (${reason}). It keeps going and will be saved at the end, but a crash before then would lose it.`,
  saveFailed: (reason: string, journal: RunView['journal']) =>
    journal === 'ok'
      ? `Could not save the session to your history (${reason}). The steps done so far are in the journal on disk: try again, or Cadence will offer to save them at the next start.`
      : `Could not save the session to your history (${reason}). It is not on disk yet: keep Cadence open and try again.`,
}
