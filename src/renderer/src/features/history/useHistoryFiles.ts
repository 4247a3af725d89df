// Exporting history (CSV, per-step CSV, JSON) and importing a JSON export, with what is under way shown
// (an export's progress comes from main) and the menu's Export history answered here.
import { useState } from 'react'
import { useScreenCommand } from '@renderer/app/commands'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useSystemEvents } from '@renderer/lib/useSystemEvents'

/** `reload` refreshes the history after an import. */
export function useHistoryFiles(reload: () => void) {
  const toast = useToast()
  const [busy, setBusy] = useState<string | null>(null)
  const exportFile = useAction('export your history', (format: 'csv' | 'json', perStep: boolean) =>
    window.api.exportHistoryFile({ format, ...(perStep ? { perStep } : {}) })
  )
  const importFile = useAction('import the history file', () => window.api.importHistoryFile())
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
    const result = await busyWhile('Exporting…', () => exportFile.run(format, perStep))
    if (result && !result.cancelled)
      toast(`Exported ${result.count.toLocaleString()} sessions to ${result.path}`)
  }
  useSystemEvents((event) => {
    if (event.type === 'progress' && event.task === 'export')
      setBusy(
        `Exporting… ${event.done.toLocaleString()} of ${event.total.toLocaleString()} sessions`
      )
  })
  useScreenCommand('exportHistory', () => void exportAs('csv'))
  const importJson = async () => {
    const result = await busyWhile('Importing…', () => importFile.run())
    if (!result || result.cancelled) return
    reload()
    toast(
      `Imported ${result.added} ${result.added === 1 ? 'session' : 'sessions'}${result.duplicates ? `; ${result.duplicates} already in your history were skipped` : ''}.`
    )
  }
  return { busy, exportAs, importJson }
}
