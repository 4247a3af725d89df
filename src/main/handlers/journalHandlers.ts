// Handlers for an interrupted session: find it after a crash, then save it as stopped or drop it. The session
// in progress journals in main (src/main/session), so no page writes to the journal.
import type { Handlers } from '../ipc/dispatch'
import type { JournalStore } from '../store/journalStore'
import { summarize } from '@shared/model/session'

type JournalChannels = 'journal:pending' | 'journal:saveAsStopped' | 'journal:discard'

export function journalHandlers(journal: JournalStore): Pick<Handlers, JournalChannels> {
  return {
    'journal:pending': () => journal.pending(),
    'journal:saveAsStopped': () => summarize(journal.saveAsStopped()),
    'journal:discard': () => {
      journal.discard()
      return { ok: true }
    },
  }
}
