// Handlers for session history: paged list, detail, annotate, delete with undo, export and import.
import type { Handlers } from '../ipc/dispatch'
import { cachedOverview } from '@shared/history/overview'
import type { Platform } from '../platformPort'
import type { HistoryStore } from '../store/historyStore'
import { exportHistory, readHistoryExport, type Progress } from '../history/historyExport'
import { personalRecords } from '@shared/history/records'
import { t } from '../i18n/mainLanguage'

type HistoryChannels =
  | 'history:list'
  | 'history:overview'
  | 'history:get'
  | 'history:lastLoads'
  | 'history:records'
  | 'history:annotate'
  | 'history:delete'
  | 'history:undelete'
  | 'history:exportFile'
  | 'history:importFile'

export function historyHandlers(
  history: HistoryStore,
  platform: Platform,
  options: { now?: () => Date; onExportProgress?: Progress } = {}
): Pick<Handlers, HistoryChannels> {
  const now = options.now ?? (() => new Date())
  const overviewOf = cachedOverview()
  return {
    'history:list': ({ offset, limit, filter }) => history.list({ offset, limit, filter }),
    'history:overview': (request) =>
      overviewOf(() => history.summaries(), history.revision(), request),
    'history:get': ({ id }) => history.get(id),
    'history:lastLoads': ({ circuitId }) => {
      // Summaries know whether loads were logged; only that one session is read in full.
      const last = history.summaries({ circuitId }).find((s) => s.loads?.length)
      return last ? history.get(last.id).loads : []
    },
    'history:records': ({ circuitId, exceptSessionId }) =>
      personalRecords(history.summaries({ circuitId }), exceptSessionId),
    'history:annotate': (annotation) => history.annotate(annotation),
    'history:delete': ({ id }) => {
      history.remove(id)
      return { ok: true }
    },
    'history:undelete': ({ id }) => {
      history.undelete(id)
      return { ok: true }
    },
    'history:exportFile': async ({ format, perStep, filter }) => {
      const day = now().toISOString().slice(0, 10)
      const path = await platform.chooseSaveFile({
        title: t('main:files.exportHistory'),
        defaultName: `cadence-history-${day}${perStep ? '-steps' : ''}.${format}`,
        filters: [
          format === 'csv'
            ? { name: 'CSV', extensions: ['csv'] }
            : { name: 'JSON', extensions: ['json'] },
        ],
      })
      if (!path) return { cancelled: true }
      const count = await exportHistory(
        history,
        path,
        { format, perStep, filter, now: now() },
        options.onExportProgress
      )
      return { cancelled: false, path, count }
    },
    'history:importFile': async () => {
      const path = await platform.chooseOpenFile({
        title: t('main:files.importHistory'),
        filters: [{ name: t('main:files.historyFile'), extensions: ['json'] }],
      })
      if (!path) return { cancelled: true }
      let added = 0
      let duplicates = 0
      for (const session of readHistoryExport(path)) {
        const state = history.status(session.id)
        if (state === 'live') duplicates++
        else {
          if (state === 'deleted') history.undelete(session.id)
          else history.append(session)
          added++
        }
      }
      return { cancelled: false, added, duplicates }
    },
  }
}
