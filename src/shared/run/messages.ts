// What the run screen tells the user about the disk, said exactly as things are, in the screen's language:
// the session keeps the store's reason, and each screen wraps it in its own words.
import type { Wording } from '../engine/stepWords'
import type { RunView } from './runView'

export const runSaveMessages = {
  journalFailed: (reason: string, { t }: Wording) => t('run:save.journalFailed', { reason }),
  /** Whether the steps are safe in the journal decides what the user can still do. */
  saveFailed: (reason: string, journal: RunView['journal'], { t }: Wording) =>
    t(journal === 'ok' ? 'run:save.failedInJournal' : 'run:save.failedNotOnDisk', { reason }),
}
