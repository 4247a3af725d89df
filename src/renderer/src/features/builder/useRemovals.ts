// Removing an exercise or a block, with a way back: a toast offers Undo, and Ctrl+Z undoes the latest.
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { undoRemoval, type Removal } from '@shared/model/builder'
import type { Circuit } from '@shared/model/circuit'
import { useToast } from '@renderer/app/Toast'
import { useBuilder } from './BuilderContext'

type Remover = (circuit: Circuit) => { circuit: Circuit; removal: Removal } | null

export function useRemovals(announce: (message: string) => void) {
  const { change } = useBuilder()
  const toast = useToast()
  const { t } = useTranslation('builder')
  // A stack, so Ctrl+Z pressed again undoes the removal before; kept out of state, it draws nothing.
  const done = useRef<Removal[]>([])

  const undo = (removal: Removal) => {
    const at = done.current.indexOf(removal)
    if (at < 0) return
    done.current.splice(at, 1)
    change((c) => undoRemoval(c, removal))
    announce(t('removed.back', { name: nameOf(removal, t) }))
  }
  const remove = (circuit: Circuit, remover: Remover) => {
    const result = remover(circuit)
    if (!result) return
    done.current.push(result.removal)
    change(() => result.circuit)
    toast(t('removed.toast', { name: nameOf(result.removal, t) }), {
      label: t('undo'),
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

function nameOf(removal: Removal, t: TFunction<'builder'>): string {
  return removal.kind === 'exercise'
    ? removal.entry.name
    : removal.block.name || t('block.numbered', { number: removal.index + 1 })
}
