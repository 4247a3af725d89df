// What the circuit list does to one circuit (start, edit, duplicate, export, copy, delete with undo), each
// a call to main whose failure is shown; `reload` refreshes the list after a change.
import { useTranslation } from 'react-i18next'
import type { Circuit } from '@shared/model/circuit'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { circuitAsText } from '@shared/circuits/circuitText'
import { useToast } from '@renderer/app/Toast'
import { messageOf } from '@renderer/lib/api'
import { useAction } from '@renderer/lib/useApi'
import { useWording } from '@renderer/i18n/useWording'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'

export type CircuitActions = ReturnType<typeof useCircuitActions>

export function useCircuitActions(reload: () => void) {
  const toast = useToast()
  const { t } = useTranslation('builder')
  const wording = useWording()
  const { edit } = useBuilder()
  const { open } = useRunSession()
  const get = useAction('openCircuit', (id: string) => window.api.getCircuit({ id }))
  const save = useAction('saveCircuit', (c: Circuit) => window.api.saveCircuit(c))
  const del = useAction('deleteCircuit', (id: string) => window.api.deleteCircuit({ id }))
  const duplicate = useAction('duplicateCircuit', (id: string) =>
    window.api.duplicateCircuit({ id })
  )
  const exportFile = useAction('exportCircuit', (id: string) =>
    window.api.exportCircuitFile({ id })
  )
  const withCircuit = (id: string, use: (c: Circuit) => void | Promise<void>) =>
    void get.run(id).then((c) => c && use(c))

  return {
    /** Saves a new circuit (a preset's copy); resolves to it, or undefined when saving failed. */
    add: async (c: Circuit) => {
      const added = await save.run(c)
      if (added) reload()
      return added
    },
    start: (c: CircuitSummary) => withCircuit(c.id, open),
    edit: (c: CircuitSummary) => withCircuit(c.id, (full) => edit(full, full)),
    duplicate: (c: CircuitSummary) => void duplicate.run(c.id).then((copy) => copy && reload()),
    exportFile: (c: CircuitSummary) =>
      void exportFile.run(c.id).then((r) => {
        if (r && !r.cancelled) toast(t('list.exported', { path: r.path }))
      }),
    copyAsText: (c: CircuitSummary) =>
      withCircuit(c.id, async (full) => {
        try {
          await navigator.clipboard.writeText(circuitAsText(full, wording))
          toast(t('editor.copied'))
        } catch (e) {
          toast(t('list.copyFailed', { message: messageOf(e) }))
        }
      }),
    remove: async (c: CircuitSummary) => {
      const deleted = await del.run(c.id)
      if (!deleted) return
      reload()
      toast(t('list.deleted', { name: c.name }), {
        label: t('undo'),
        run: () => void save.run(deleted).then((back) => back && reload()),
      })
    },
  }
}
