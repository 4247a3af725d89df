// The Circuits screen: the editor while a circuit is open, the list otherwise.
import { useBuilder } from './BuilderContext'
import { CircuitList } from './CircuitList'
import { EditorPage } from './EditorPage'

export function CircuitsPage() {
  const { draft } = useBuilder()
  return draft ? <EditorPage key={draft.circuit.id} draft={draft} /> : <CircuitList />
}
