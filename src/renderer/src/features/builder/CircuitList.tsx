// Your circuits, most recently used first: search, start, edit, duplicate, export, delete (with undo), import.
import { useState } from 'react'
import { compilePlan } from '@shared/engine/plan'
import { formatDuration } from '@shared/model/durations'
import { PRESETS, circuitFromPreset } from '@shared/library'
import { useToast } from '@renderer/app/Toast'
import { useQuery } from '@renderer/lib/useApi'
import { newId } from '@renderer/lib/ids'
import { useBuilder } from './BuilderContext'
import { CircuitRow } from './CircuitRow'
import { useNewCircuit } from './circuitCommands'
import { useCircuitActions, type CircuitActions } from './useCircuitActions'

/**
 * `revision` changes when circuits were added from outside the list (an import): it reloads.
 * `onImport` asks for a file and imports it (the Circuits page does that, for the menu too).
 */
export function CircuitList({ revision, onImport }: { revision: number; onImport: () => void }) {
  const list = useQuery('your circuits', () => window.api.listCircuits(), String(revision))
  const circuits = list.data
  const [query, setQuery] = useState('')
  const { edit, draft } = useBuilder()
  const create = useNewCircuit()
  const actions = useCircuitActions(list.reload)
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
          <CircuitRow key={c.id} circuit={c} on={actions} />
        ))}
      </ul>
      <PresetList add={actions.add} />
    </section>
  )
}

/** The presets, each with its length, and "Use this" to copy one into your circuits. */
function PresetList({ add }: { add: CircuitActions['add'] }) {
  const toast = useToast()
  return (
    <>
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
                  void add(circuitFromPreset(p, newId(), new Date().toISOString())).then(
                    (added) => added && toast(`Added "${p.name}" to your circuits.`)
                  )
                }
              >
                Use this
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
