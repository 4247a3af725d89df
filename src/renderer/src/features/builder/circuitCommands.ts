// New circuit, shared by the circuit list's button and the app-wide menu command.
import { useCallback } from 'react'
import { blankCircuit } from '@shared/model/builder'
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
