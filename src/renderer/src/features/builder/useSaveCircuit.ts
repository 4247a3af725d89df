// Saving the circuit being edited: a failure is kept to be said next to the Save button, where the user is
// looking; a success marks the draft saved and says so.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Circuit } from '@shared/model/circuit'
import type { Validation } from '@shared/circuits/validateCircuit'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { useBuilder } from './BuilderContext'

export function useSaveCircuit(validation: Validation) {
  const { markSaved } = useBuilder()
  const toast = useToast()
  const { t } = useTranslation('builder')
  const [error, setError] = useState<string | null>(null)
  const saveCircuit = useAction('saveCircuit', (x: Circuit) => window.api.saveCircuit(x), setError)
  const save = async (): Promise<Circuit | null> => {
    if (!validation.ok) return null
    const saved = await saveCircuit.run(validation.circuit)
    if (!saved) return null
    markSaved(saved)
    setError(null)
    toast(t('editor.savedToast', { name: saved.name }))
    return saved
  }
  return { save, error }
}
