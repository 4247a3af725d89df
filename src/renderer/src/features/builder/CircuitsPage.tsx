// The Circuits screen: the editor while a circuit is open, the list otherwise; it carries out the menu's
// New circuit and Import wherever they were chosen.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useScreenCommand } from '@renderer/app/commands'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useBuilder } from './BuilderContext'
import { CircuitList } from './CircuitList'
import { useNewCircuit } from './circuitCommands'
import { onDemand } from '@renderer/app/onDemand'

// The builder is loaded when a circuit is first opened: most starts only list and run circuits.
const EditorPage = onDemand(() => import('./EditorPage').then((m) => m.EditorPage), 'builder')

export function CircuitsPage() {
  const { draft } = useBuilder()
  const toast = useToast()
  const { t } = useTranslation('builder')
  const create = useNewCircuit()
  const [revision, setRevision] = useState(0)

  useScreenCommand('newCircuit', () => {
    // An open circuit is never replaced behind the user's back: it stays on screen to save or close.
    if (draft) toast(t('list.stillOpen', { name: draft.circuit.name }))
    else create()
  })
  const importFile = useAction('importCircuit', () => window.api.importCircuitFile())
  const importOne = async () => {
    const result = await importFile.run()
    if (!result || result.cancelled) return
    setRevision((r) => r + 1)
    toast(t('list.imported', { name: result.circuit.name }))
  }
  useScreenCommand('importCircuit', () => void importOne())

  return draft ? (
    <EditorPage key={draft.circuit.id} draft={draft} />
  ) : (
    <CircuitList revision={revision} onImport={() => void importOne()} />
  )
}
