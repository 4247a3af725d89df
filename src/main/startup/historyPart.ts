// History and the journal over it, opened now or in the background. In the background the window comes
// first: history's requests wait for the load, which reports its progress, and a failed load answers every
// one of them with why instead of leaving startup stuck.
import { AppError } from '@shared/ipc/result'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { CircuitsStore } from '../store/circuitsStore'
import type { RecoveryNotice } from '../store/document'
import { openHistoryStore, openHistoryStoreAsync, type HistoryStore } from '../store/historyStore'
import { openJournalStore, type JournalStore } from '../store/journalStore'
import type { StoreAccess } from '../store/storeAccess'
import { historyHandlers } from '../handlers/historyHandlers'
import { journalHandlers } from '../handlers/journalHandlers'
import type { Progress } from '../history/historyExport'
import { t } from '../i18n/mainLanguage'

const CHANNELS = [
  'history:list',
  'history:overview',
  'history:get',
  'history:lastLoads',
  'history:records',
  'history:annotate',
  'history:delete',
  'history:undelete',
  'history:exportFile',
  'history:importFile',
  'journal:pending',
  'journal:saveAsStopped',
  'journal:discard',
] as const
type PartChannel = (typeof CHANNELS)[number]
type PartHandlers = Pick<Handlers, PartChannel>

export interface HistoryPartOptions {
  dataDir: string
  circuits: CircuitsStore
  platform: Platform
  access: StoreAccess
  now: () => Date
  record: (notice: RecoveryNotice) => void
  onExportProgress?: Progress
  /** Read history in the background, with this progress (bytes read, log size); otherwise before returning. */
  background?: { onProgress: (done: number, total: number) => void }
}

export interface HistoryPart {
  handlers: PartHandlers
  /** Resolves once history is open (or failed to open: then its handlers say why). */
  loaded: Promise<void>
  history(): Promise<HistoryStore>
  /** The journal over history, for the session in main (it opens with history). */
  journal(): Promise<JournalStore>
  close(): void
}

interface Open {
  history: HistoryStore
  journal: JournalStore
  handlers: PartHandlers
}

export function openHistoryPart(options: HistoryPartOptions): HistoryPart {
  const { dataDir, access, now, record } = options
  const storeOptions = { onRecovered: record, now, access }
  const build = (history: HistoryStore): Open => {
    const journal = openJournalStore(dataDir, history, storeOptions)
    return {
      history,
      journal,
      handlers: {
        ...historyHandlers(history, options.platform, {
          now,
          ...(options.onExportProgress ? { onExportProgress: options.onExportProgress } : {}),
        }),
        ...journalHandlers(journal),
      },
    }
  }
  if (!options.background) {
    const open = build(openHistoryStore(dataDir, storeOptions))
    return {
      handlers: open.handlers,
      loaded: Promise.resolve(),
      history: () => Promise.resolve(open.history),
      journal: () => Promise.resolve(open.journal),
      close() {
        open.journal.close()
        open.history.close()
      },
    }
  }
  const ready = openHistoryStoreAsync(dataDir, {
    ...storeOptions,
    onProgress: options.background.onProgress,
  })
    .then(build)
    .catch((error: unknown) => {
      console.error('[history]', error)
      const reason = error instanceof Error ? error.message : String(error)
      record({
        file: dataDir,
        movedTo: null,
        reason: t('main:notices.historyUnreadable', { reason }),
        at: now().toISOString(),
      })
      return new AppError('io', t('main:store.historyUnreadable', { reason }))
    })
  const get = async () => {
    const open = await ready
    if (open instanceof AppError) throw open
    return open
  }
  const handlers: Partial<Record<PartChannel, (request: never) => Promise<unknown>>> = {}
  for (const channel of CHANNELS) {
    handlers[channel] = async (request) => {
      const handler = (await get()).handlers[channel] as (request: never) => unknown
      return handler(request)
    }
  }
  let closed = false
  return {
    handlers: handlers as PartHandlers,
    loaded: ready.then(() => undefined),
    history: async () => (await get()).history,
    journal: async () => (await get()).journal,
    // Quitting mid-load: the files close as soon as the load lets go of them.
    close() {
      if (closed) return
      closed = true
      void ready.then((open) => {
        if (open instanceof AppError) return
        open.journal.close()
        open.history.close()
      })
    },
  }
}
