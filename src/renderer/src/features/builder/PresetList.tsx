// The presets, where you see them: Start runs one straight away; "Use preset" copies it into your circuits
// once (after that it offers to edit the copy, so pressing twice never makes two copies unasked).
import { compilePlan } from '@shared/engine/plan'
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { formatDuration } from '@shared/model/durations'
import { PRESETS, circuitFromPreset, presetRunCircuit, type Preset } from '@shared/library'
import { useToast } from '@renderer/app/Toast'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import type { CircuitActions } from './useCircuitActions'

interface Props {
  /** Your circuits, to tell which presets you already copied (by name: a copy starts with the preset's). */
  circuits: CircuitSummary[] | null
  on: CircuitActions
}

export function PresetList({ circuits, on }: Props) {
  return (
    <>
      <h2 id="presets-title">Presets</h2>
      <ul className="picker" aria-labelledby="presets-title">
        {PRESETS.map((p) => (
          <PresetRow
            key={p.id}
            preset={p}
            copy={circuits?.find((c) => c.name === p.name)}
            on={on}
          />
        ))}
      </ul>
    </>
  )
}

function PresetRow({
  preset: p,
  copy,
  on,
}: {
  preset: Preset
  copy: CircuitSummary | undefined
  on: CircuitActions
}) {
  const toast = useToast()
  const { open } = useRunSession()
  const run = presetRunCircuit(p)
  const start = () => open(run)
  const use = () =>
    void on
      .add(circuitFromPreset(p, newId(), new Date().toISOString()))
      .then((added) => added && toast(`Added "${p.name}" to your circuits.`))
  return (
    <li className="picker__item picker__item--wide">
      <span className="picker__swatch" style={{ background: p.color }} aria-hidden="true" />
      <span className="picker__name">{p.name}</span>
      <span className="picker__meta">
        {formatDuration(compilePlan(run).totals.durationMs)} · {p.description}
      </span>
      <span className="picker__buttons">
        <button
          type="button"
          className="button button--primary"
          aria-label={`Start preset ${p.name}`}
          onClick={start}
        >
          Start
        </button>
        {copy ? (
          <button
            type="button"
            className="button"
            aria-label={`Edit your copy of ${p.name}`}
            onClick={() => on.edit(copy)}
          >
            Edit your copy
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-label={`Use preset ${p.name}`}
            title="Copy it into your circuits, to change it"
            onClick={use}
          >
            Use preset
          </button>
        )}
      </span>
    </li>
  )
}
