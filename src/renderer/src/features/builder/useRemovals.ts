// Removing an exercise or a block, with a way back: a toast offers Undo, and Ctrl+Z undoes the latest.
import { useRef } from 'react'
import { undoRemoval, type Removal } from '@shared/model/builder'
import type { Circuit } from '@shared/model/circuit'
import { useToast } from '@renderer/app/Toast'
import { useBuilder } from './BuilderContext'

type Remover = (circuit: Circuit) => { circuit: Circuit; removal: Removal } | null

export function useRemovals(announce: (message: string) => void) {
  const { change } = useBuilder()
  const toast = useToast()
  // A stack, so Ctrl+Z pressed again undoes the removal before; kept out of state, it draws nothing.
  const done = useRef<Removal[]>([])

  const undo = (removal: Removal) => {
    const at = done.current.indexOf(removal)
    if (at < 0) return
    done.current.splice(at, 1)
    change((c) => undoRemoval(c, removal))
    announce(`${nameOf(removal)} is back.`)
  }
  const remove = (circuit: Circuit, remover: Remover) => {
    const result = remover(circuit)
    if (!result) return
    done.current.push(result.removal)
    change(() => result.circuit)
    toast(`Removed ${nameOf(result.removal)}.`, {
      label: 'Undo',
      run: () => undo(result.removal),
    })
  }
  const undoLatest = () => {
    const latest = done.current.at(-1)
    if (!latest) return false
    undo(latest)
    return true
  }
  return { remove, undoLatest }
}

function nameOf(removal: Removal): string {
  return removal.kind === 'exercise'
    ? removal.entry.name
    : removal.block.name || `block ${removal.index + 1}`
}
