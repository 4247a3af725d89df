// Handlers for the session in progress: journal each step, save at the end, recover after a crash.
import type { Handlers } from '../ipc/dispatch'
import type { CircuitsStore } from '../store/circuitsStore'
import type { JournalStore } from '../store/journalStore'
import { summarize } from '@shared/model/session'

type JournalChannels =
  | 'journal:begin'
  | 'journal:progress'
  | 'journal:snapshot'
  | 'journal:end'
  | 'journal:pending'
  | 'journal:saveAsStopped'
  | 'journal:discard'

export function journalHandlers(
  journal: JournalStore,
  circuits: CircuitsStore
): Pick<Handlers, JournalChannels> {
  return {
    'journal:begin': (begin) => {
      journal.begin(begin)
      // Starting a session is what "last used" means for sorting the circuit list.
      const saved = circuits.list().find((c) => c.id === begin.circuit.id)
      if (saved) circuits.put({ ...saved, lastUsedAt: begin.startedAt })
      return { ok: true }
    },
    'journal:progress': (progress) => {
      journal.progress(progress)
      return { ok: true }
    },
    'journal:snapshot': (snapshot) => {
      journal.snapshot(snapshot)
      return { ok: true }
    },
    'journal:end': (session) => ({ summary: summarize(session), ...journal.end(session) }),
    'journal:pending': () => journal.pending(),
    'journal:saveAsStopped': () => summarize(journal.saveAsStopped()),
    'journal:discard': () => {
      journal.discard()
      return { ok: true }
    },
  }
}
