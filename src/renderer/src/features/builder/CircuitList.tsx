// Your circuits, most recently used first: search, start, edit, duplicate, export, delete (with undo), import.
import { useState } from 'react'
import { compilePlan } from '@shared/engine/plan'
import { formatDuration } from '@shared/model/durations'
import { PRESETS, circuitFromPreset } from '@shared/library'
import { circuitAsText } from '@shared/circuits/circuitText'
import type { Circuit } from '@shared/model/circuit'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { useToast } from '@renderer/app/Toast'
import { messageOf } from '@renderer/lib/api'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'
import { useNewCircuit } from './circuitCommands'

/**
 * `revision` changes when circuits were added from outside the list (an import): it reloads.
 * `onImport` asks for a file and imports it (the Circuits page does that, for the menu too).
 */
export function CircuitList({ revision, onImport }: { revision: number; onImport: () => void }) {
  const list = useQuery('your circuits', () => window.api.listCircuits(), String(revision))
  const circuits = list.data
  const [query, setQuery] = useState('')
  const toast = useToast()
  const { edit, draft } = useBuilder()
  const { open } = useRunSession()
  const create = useNewCircuit()

  const get = useAction('open that circuit', (id: string) => window.api.getCircuit({ id }))
  const save = useAction('save the circuit', (c: Circuit) => window.api.saveCircuit(c))
  const del = useAction('delete the circuit', (id: string) => window.api.deleteCircuit({ id }))
  const duplicate = useAction('duplicate the circuit', (id: string) =>
    window.api.duplicateCircuit({ id })
  )
  const exportFile = useAction('export the circuit', (id: string) =>
    window.api.exportCircuitFile({ id })
  )
  const remove = async (c: CircuitSummary) => {
    const deleted = await del.run(c.id)
    if (!deleted) return
    list.reload()
    toast(`Deleted "${c.name}".`, {
      label: 'Undo',
      run: () => void save.run(deleted).then((back) => back && list.reload()),
    })
  }
  const withCircuit = (id: string, use: (c: Circuit) => void | Promise<void>) =>
    void get.run(id).then((c) => c && use(c))

  const shown = (circuits ?? []).filter((c) =>
    c.name.toLowerCase().includes(query.trim().toLowerCase())
  )

  return (
    <section className="page" aria-labelledby="circuits-title">
      <div className="page__head">
        <h1 id="circuits-title">Circuits</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={create}
            aria-keyshortcuts="Control+N"
          >
            New circuit
          </button>
          <button type="button" className="button" onClick={onImport}>
            Import…
          </button>
        </div>
      </div>
      {draft && (
        <p className="notice">
          You have an unsaved circuit, “{draft.circuit.name}”.{' '}
          <button type="button" className="button" onClick={() => edit(draft.circuit, draft.saved)}>
            Continue editing
          </button>
        </p>
      )}
      {list.error && (
        <p role="alert" className="notice notice--error">
          {list.error}
        </p>
      )}
      <label className="search">
        <span className="visually-hidden">Search circuits by name</span>
        <input
          type="search"
          placeholder="Search circuits"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      {circuits?.length === 0 && (
        <p className="muted">
          No circuits yet. Create one, import one, or start from a preset below. You can also drop a
          circuit file anywhere on the window.
        </p>
      )}
      <ul className="picker" aria-label="Your circuits">
        {shown.map((c) => (
          <li key={c.id} className="picker__item picker__item--wide">
            <span
              className="picker__swatch"
              style={{ background: c.color ?? 'var(--accent)' }}
              aria-hidden="true"
            />
            <span className="picker__name">{c.name}</span>
            <span className="picker__meta">
              {formatDuration(c.totalMs)}
              {c.manualSteps > 0 ? ' + rep sets' : ''} · {c.exercises}{' '}
              {c.exercises === 1 ? 'exercise' : 'exercises'}
              {c.lastUsedAt ? ` · last run ${new Date(c.lastUsedAt).toLocaleDateString()}` : ''}
            </span>
            <span className="picker__buttons">
              <button
                type="button"
                className="button button--primary"
                aria-label={`Start ${c.name}`}
                onClick={() => withCircuit(c.id, open)}
              >
                Start
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Edit ${c.name}`}
                onClick={() => withCircuit(c.id, (full) => edit(full, full))}
              >
                Edit
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Duplicate ${c.name}`}
                onClick={() => void duplicate.run(c.id).then((copy) => copy && list.reload())}
              >
                Duplicate
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Export ${c.name}`}
                onClick={() =>
                  void exportFile.run(c.id).then((r) => {
                    if (r && !r.cancelled) toast(`Exported to ${r.path}`)
                  })
                }
              >
                Export…
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Copy ${c.name} as text`}
                onClick={() =>
                  withCircuit(c.id, async (full) => {
                    try {
                      await navigator.clipboard.writeText(circuitAsText(full))
                      toast('Copied as text.')
                    } catch (e) {
                      toast(`Could not copy: ${messageOf(e)}`)
                    }
                  })
                }
              >
                Copy
              </button>
              <button
                type="button"
                className="button button--danger"
                aria-label={`Delete ${c.name}`}
                onClick={() => void remove(c)}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      <h2>Presets</h2>
      <ul className="picker" aria-label="Presets">
        {PRESETS.map((p) => (
          <li key={p.id} className="picker__item picker__item--wide">
            <span className="picker__swatch" style={{ background: p.color }} aria-hidden="true" />
            <span className="picker__name">{p.name}</span>
            <span className="picker__meta">
              {formatDuration(
                compilePlan(circuitFromPreset(p, 'x', '2026-01-01T00:00:00.000Z')).totals.durationMs
              )}{' '}
              · {p.description}
            </span>
            <span className="picker__buttons">
              <button
                type="button"
                className="button"
                aria-label={`Use preset ${p.name}`}
                onClick={() =>
                  void save
                    .run(circuitFromPreset(p, newId(), new Date().toISOString()))
                    .then((added) => {
                      if (!added) return
                      list.reload()
                      toast(`Added "${p.name}" to your circuits.`)
                    })
                }
              >
                Use this
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
