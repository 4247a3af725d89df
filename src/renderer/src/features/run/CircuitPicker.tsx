// What to run: your circuits first (most recently used on top), then the presets.
import { useEffect, useState } from 'react'
import { formatDuration } from '@shared/engine/plan'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { compilePlan } from '@shared/engine/plan'
import { PRESETS, circuitFromPreset, type Preset } from '@shared/library'
import { messageOf, unwrap } from '@renderer/lib/api'
import { useRunSession } from './RunSessionProvider'

export function presetCircuit(preset: Preset) {
  return circuitFromPreset(preset, `preset-${preset.id}`, '2026-01-01T00:00:00.000Z')
}

export function CircuitPicker() {
  const { open } = useRunSession()
  const [circuits, setCircuits] = useState<CircuitSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    unwrap(window.api.listCircuits())
      .then(setCircuits)
      .catch((e: unknown) => setError(`Could not load your circuits: ${messageOf(e)}`))
  }, [])

  const start = async (id: string) => {
    try {
      open(await unwrap(window.api.getCircuit({ id })))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  return (
    <section className="page" aria-labelledby="run-title">
      <h1 id="run-title">Run</h1>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <h2>Your circuits</h2>
      {circuits && circuits.length === 0 && (
        <p className="muted">No circuits yet: start a preset below, or build one under Circuits.</p>
      )}
      <ul className="picker">
        {circuits?.map((c) => (
          <li key={c.id} className="picker__item">
            <span
              className="picker__swatch"
              style={{ background: c.color ?? 'var(--accent)' }}
              aria-hidden="true"
            />
            <span className="picker__name">{c.name}</span>
            <span className="picker__meta">
              {formatDuration(c.totalMs)} · {c.exercises} exercises
            </span>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void start(c.id)}
              aria-label={`Start ${c.name}`}
            >
              Start
            </button>
          </li>
        ))}
      </ul>
      <h2>Presets</h2>
      <ul className="picker">
        {PRESETS.map((p) => {
          const circuit = presetCircuit(p)
          return (
            <li key={p.id} className="picker__item">
              <span className="picker__swatch" style={{ background: p.color }} aria-hidden="true" />
              <span className="picker__name">{p.name}</span>
              <span className="picker__meta">
                {formatDuration(compilePlan(circuit).totals.durationMs)} · {p.description}
              </span>
              <button
                type="button"
                className="button button--primary"
                onClick={() => open(circuit)}
                aria-label={`Start ${p.name}`}
              >
                Start
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
