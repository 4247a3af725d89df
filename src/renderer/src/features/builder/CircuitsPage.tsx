// The Circuits screen: the editor while a circuit is open, the list otherwise; it carries out the menu's
// New circuit and Import wherever they were chosen.
import { useState } from 'react'
import { useScreenCommand } from '@renderer/app/commands'
import { useToast } from '@renderer/app/Toast'
import { messageOf } from '@renderer/lib/api'
import { useBuilder } from './BuilderContext'
import { CircuitList } from './CircuitList'
import { importCircuitFromFile, useNewCircuit } from './circuitCommands'
import { EditorPage } from './EditorPage'

export function CircuitsPage() {
  const { draft } = useBuilder()
  const toast = useToast()
  const create = useNewCircuit()
  const [revision, setRevision] = useState(0)

  useScreenCommand('newCircuit', () => {
    // An open circuit is never replaced behind the user's back: it stays on screen to save or close.
    if (draft)
      toast(`“${draft.circuit.name}” is still open: save or close it, then start a new one.`)
    else create()
  })
  useScreenCommand('importCircuit', () => {
    importCircuitFromFile()
      .then((circuit) => {
        if (!circuit) return
        setRevision((r) => r + 1)
        toast(`Imported "${circuit.name}".`)
      })
      .catch((e: unknown) => toast(`Could not import the circuit: ${messageOf(e)}`))
  })

  return draft ? (
    <EditorPage key={draft.circuit.id} draft={draft} />
  ) : (
    <CircuitList revision={revision} />
  )
}
