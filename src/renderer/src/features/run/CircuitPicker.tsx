// What to run: your circuits first (most recently used on top), then the presets.
import { formatDuration } from '@shared/model/durations'

import { compilePlan } from '@shared/engine/plan'
import { PRESETS, presetRunCircuit } from '@shared/library'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useRunSession } from './RunSessionProvider'

export function CircuitPicker() {
  const { open } = useRunSession()
  const { data: circuits, error } = useQuery('your circuits', () => window.api.listCircuits())
  const load = useAction('open that circuit', (id: string) => window.api.getCircuit({ id }))

  const start = async (id: string) => {
    const circuit = await load.run(id)
    if (circuit) open(circuit)
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
          const circuit = presetRunCircuit(p)
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
