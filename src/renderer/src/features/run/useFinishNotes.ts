// The finish panel's form: effort, note and loads (the loads logged last time filled in), saved onto the
// session in history, by its button or, when something changed since, before the panel is left.
import { useState } from 'react'
import type { SessionAnnotation } from '@shared/model/session'
import type { RunView } from '@shared/run/runView'
import { useAction, useQuery } from '@renderer/lib/useApi'
import type { TypedLoads } from './FinishParts'

export function useFinishNotes(view: RunView) {
  const [rpe, setRpe] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved'>('editing')
  /** Something was changed since the last save (or since the panel opened). */
  const [dirty, setDirty] = useState(false)
  /** Weight or band level per exercise, keyed by the circuit entry. */
  const [typed, setTyped] = useState<TypedLoads>({})
  // What was logged the last time this circuit ran fills the fields until the user types over it.
  const last = useQuery(
    'lastLoads',
    () => window.api.lastLoads({ circuitId: view.circuit.id }),
    view.circuit.id
  )
  const previous = Object.fromEntries(
    (last.data ?? []).map((l) => [l.entryId, { value: String(l.value), unit: l.unit }])
  )
  const loads = { ...previous, ...typed }
  const [error, setError] = useState<string | null>(null)
  const saved = view.save.state === 'saved' ? view.save : null
  // One row per exercise (not per side or round), in the order they first came.
  const exercises = view.exercises

  const annotate = useAction(
    'annotateSession',
    (annotation: SessionAnnotation) => window.api.annotateSession(annotation),
    setError
  )
  const saveNotes = async (): Promise<boolean> => {
    if (!saved) return false
    setStatus('saving')
    const logged = exercises.flatMap((e) => {
      const entry = loads[e.entryId]
      const value = Number(entry?.value)
      return entry &&
        entry.value.trim() !== '' &&
        Number.isFinite(value) &&
        value >= 0 &&
        value <= 1000
        ? [{ entryId: e.entryId, exerciseName: e.name, value, unit: entry.unit }]
        : []
    })
    const done = await annotate.run({ id: saved.summary.id, rpe, note, loads: logged })
    setStatus(done ? 'saved' : 'editing')
    if (done) {
      setError(null)
      setDirty(false)
    }
    return done !== undefined
  }
  /** Before leaving the panel: saves unsaved changes; false when that failed (the panel stays, with why). */
  const saveIfChanged = async (): Promise<boolean> => (dirty ? saveNotes() : true)

  /** Every edit makes the form saveable again, also after a save. */
  const edited =
    <T>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setDirty(true)
      setStatus('editing')
    }
  const hasPrevious = Object.keys(previous).length > 0
  const setLoad = (entryId: string, load: TypedLoads[string]) =>
    edited(setTyped)({ ...typed, [entryId]: load })
  return {
    rpe,
    setRpe: edited(setRpe),
    note,
    setNote: edited(setNote),
    status,
    dirty,
    error,
    loads,
    hasPrevious,
    setLoad,
    saveNotes,
    saveIfChanged,
  }
}
