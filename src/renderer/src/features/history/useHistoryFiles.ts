// Exporting history (CSV, per-step CSV, JSON) and importing a JSON export, with what is under way shown
// (an export's progress comes from main) and the menu's Export history answered here.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '@shared/i18n/format'
import { useScreenLanguage } from '@renderer/i18n/I18nProvider'
import { useScreenCommand } from '@renderer/app/commands'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

/** `reload` refreshes the history after an import. */
export function useHistoryFiles(reload: () => void) {
  const toast = useToast()
  const { t } = useTranslation('history')
  const lang = useScreenLanguage()
  const [busy, setBusy] = useState<string | null>(null)
  const exportFile = useAction('exportHistory', (format: 'csv' | 'json', perStep: boolean) =>
    window.api.exportHistoryFile({ format, ...(perStep ? { perStep } : {}) })
  )
  const importFile = useAction('importHistory', () => window.api.importHistoryFile())
  /** Shows what is under way (with export progress) while `what` runs. */
  const busyWhile = async <T>(label: string, what: () => Promise<T>): Promise<T> => {
    setBusy(label)
    try {
      return await what()
    } finally {
      setBusy(null)
    }
  }
  const exportAs = async (format: 'csv' | 'json', perStep = false) => {
    const result = await busyWhile(t('files.exporting'), () => exportFile.run(format, perStep))
    if (result && !result.cancelled)
      toast(t('files.exported', { count: result.count, path: result.path }))
  }
  useSystemEvents((event) => {
    if (event.type === 'progress' && event.task === 'export')
      setBusy(
        t('files.exportingProgress', {
          done: formatNumber(event.done, lang),
          count: event.total,
        })
      )
  })
  useScreenCommand('exportHistory', () => void exportAs('csv'))
  const importJson = async () => {
    const result = await busyWhile(t('files.importing'), () => importFile.run())
    if (!result || result.cancelled) return
    reload()
    toast(
      result.duplicates
        ? t('files.importedSkipped', { count: result.added, duplicates: result.duplicates })
        : t('files.imported', { count: result.added })
    )
  }
  return { busy, exportAs, importJson }
}
