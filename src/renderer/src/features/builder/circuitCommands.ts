// New circuit and Import, shared by the circuit list's buttons and the app-wide menu commands.
import { useCallback } from 'react'
import type { Circuit } from '@shared/model/circuit'
import { blankCircuit } from '@shared/model/builder'
import { unwrap } from '@renderer/lib/api'
import { newId } from '@renderer/lib/ids'
import { useSettings } from '../settings/SettingsContext'
import { useBuilder } from './BuilderContext'

/** Opens a blank circuit in the editor. */
export function useNewCircuit(): () => void {
  const { edit } = useBuilder()
  const { settings } = useSettings()
  return useCallback(
    () => edit(blankCircuit(newId(), new Date().toISOString(), settings.defaultPrepareSec), null),
    [edit, settings.defaultPrepareSec]
  )
}

/** Asks for a file and saves the circuit in it; null when the user cancels. Throws main's message. */
export async function importCircuitFromFile(): Promise<Circuit | null> {
  const result = await unwrap(window.api.importCircuitFile())
  return result.cancelled ? null : result.circuit
}
