// Changes to the exercise library (delete, hide or show, save your own), each reloading it when done;
// a failure is kept to be shown inside the dialog.
import { useState } from 'react'
import type { Exercise } from '@shared/library'
import { useAction } from '@renderer/lib/useApi'
import { useBuilder } from './BuilderContext'

export type LibraryActions = ReturnType<typeof useLibraryActions>

export function useLibraryActions() {
  const { reloadLibrary } = useBuilder()
  const [error, setError] = useState<string | null>(null)
  const remove = useAction(
    'deleteExercise',
    (id: string) => window.api.deleteExercise({ id }),
    setError
  )
  const setHidden = useAction(
    'hideExercise',
    (id: string, hidden: boolean) => window.api.setExerciseHidden({ id, hidden }),
    setError
  )
  const saveExercise = useAction(
    'saveExercise',
    (e: Exercise) => window.api.saveExercise(e),
    setError
  )
  const act = async (done: Promise<unknown>) => {
    if ((await done) === undefined) return
    setError(null)
    await reloadLibrary()
  }
  return {
    error,
    remove: (id: string) => act(remove.run(id)),
    setHidden: (id: string, hidden: boolean) => act(setHidden.run(id, hidden)),
    save: (e: Exercise) => act(saveExercise.run(e)),
  }
}
