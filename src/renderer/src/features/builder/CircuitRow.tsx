// One circuit in the list: its colour, name and length, and the buttons that act on it.
import type { CircuitSummary } from '@shared/model/circuitSummary'
import { formatDuration } from '@shared/model/durations'
import type { CircuitActions } from './useCircuitActions'

export function CircuitRow({ circuit: c, on }: { circuit: CircuitSummary; on: CircuitActions }) {
  const button = (label: string, name: string, run: () => void, kind = '') => (
    <button type="button" className={`button${kind}`} aria-label={label} onClick={run}>
      {name}
    </button>
  )
  return (
    <li className="picker__item picker__item--wide">
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
        {button(`Start ${c.name}`, 'Start', () => on.start(c), ' button--primary')}
        {button(`Edit ${c.name}`, 'Edit', () => on.edit(c))}
        {button(`Duplicate ${c.name}`, 'Duplicate', () => on.duplicate(c))}
        {button(`Export ${c.name}`, 'Export…', () => on.exportFile(c))}
        {button(`Copy ${c.name} as text`, 'Copy', () => on.copyAsText(c))}
        {button(`Delete ${c.name}`, 'Delete', () => void on.remove(c), ' button--danger')}
      </span>
    </li>
  )
}
