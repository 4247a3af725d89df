// Your circuits, most recently used first: search, start, edit, duplicate, export, delete (with undo), import.
import { useCallback, useEffect, useState } from 'react'
import { compilePlan, formatDuration } from '@shared/engine/plan'
import { PRESETS, circuitFromPreset } from '@shared/library'
import { circuitAsText } from '@shared/model/builder'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { useToast } from '@renderer/app/Toast'
import { messageOf, unwrap } from '@renderer/lib/api'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'
import { importCircuitFromFile, useNewCircuit } from './circuitCommands'

/** `revision` changes when circuits were added from outside the list (the menu's Import): it reloads. */
export function CircuitList({ revision = 0 }: { revision?: number }) {
  const [circuits, setCircuits] = useState<CircuitSummary[] | null>(null)
  const [query, setQuery] = useState('')
  const [error, setError] = useState<string | null>(null)
  const toast = useToast()
  const { edit, draft } = useBuilder()
  const { open } = useRunSession()
  const create = useNewCircuit()

  const reload = useCallback(async () => {
    try {
      setCircuits(await unwrap(window.api.listCircuits()))
    } catch (e) {
      setError(`Could not load your circuits: ${messageOf(e)}`)
    }
  }, [])
  useEffect(() => {
    unwrap(window.api.listCircuits())
      .then(setCircuits)
      .catch((e: unknown) => setError(`Could not load your circuits: ${messageOf(e)}`))
  }, [revision])

  const attempt = async (what: () => Promise<void>) => {
    try {
      await what()
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const load = (id: string) => unwrap(window.api.getCircuit({ id }))

  const importFile = () =>
    attempt(async () => {
      const circuit = await importCircuitFromFile()
      if (!circuit) return
      await reload()
      toast(`Imported "${circuit.name}".`)
    })

  const remove = (c: CircuitSummary) =>
    attempt(async () => {
      const deleted = await unwrap(window.api.deleteCircuit({ id: c.id }))
      await reload()
      toast(`Deleted "${c.name}".`, {
        label: 'Undo',
        run: () =>
          void attempt(async () => {
            await unwrap(window.api.saveCircuit(deleted))
            await reload()
          }),
      })
    })

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
          <button type="button" className="button" onClick={() => void importFile()}>
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
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
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
                onClick={() => void attempt(async () => open(await load(c.id)))}
              >
                Start
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Edit ${c.name}`}
                onClick={() =>
                  void attempt(async () => {
                    const full = await load(c.id)
                    edit(full, full)
                  })
                }
              >
                Edit
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Duplicate ${c.name}`}
                onClick={() =>
                  void attempt(async () => {
                    await unwrap(window.api.duplicateCircuit({ id: c.id }))
                    await reload()
                  })
                }
              >
                Duplicate
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Export ${c.name}`}
                onClick={() =>
                  void attempt(async () => {
                    const r = await unwrap(window.api.exportCircuitFile({ id: c.id }))
                    if (!r.cancelled) toast(`Exported to ${r.path}`)
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
                  void attempt(async () => {
                    await navigator.clipboard.writeText(circuitAsText(await load(c.id)))
                    toast('Copied as text.')
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
                  void attempt(async () => {
                    const now = new Date().toISOString()
                    await unwrap(window.api.saveCircuit(circuitFromPreset(p, newId(), now)))
                    await reload()
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
