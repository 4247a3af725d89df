// The live preview: totals, and a strip with every step coloured by phase, updating as you type.
import { compilePlan, KIND_LABELS } from '@shared/engine/plan'
import { formatDuration } from '@shared/model/durations'
import type { Circuit } from '@shared/model/circuit'
import { PHASE_COLOURS } from '@shared/run/phase'
import { describeFormat } from '@shared/model/formatWords'

/** A rep step has no length; it shows as this many seconds wide. */
const MANUAL_WIDTH_S = 30

/** Draws a circuit that can be run (the editor passes the part of it that can, while it has problems). */
export function TimelinePreview({ circuit }: { circuit: Circuit }) {
  const plan = compilePlan(circuit)
  const width = (ms: number | null) => (ms === null ? MANUAL_WIDTH_S * 1000 : ms)
  // An AMRAP writes out many rounds in advance; the strip shows one, as the user wrote it.
  const shown = plan.steps.filter((s) => !(s.format === 'amrap' && (s.round ?? 1) > 1))
  const total = shown.reduce((sum, s) => sum + width(s.durationMs), 0)
  const formats = circuit.blocks
    .map((b, i) => ({ i, words: describeFormat(b, circuit) }))
    .filter((f) => f.words !== null)
  return (
    <div className="preview">
      <dl className="preview__totals" data-testid="preview-totals">
        <div>
          <dt>Total</dt>
          <dd data-testid="total-time">
            {formatDuration(plan.totals.durationMs)}
            {plan.totals.manualSteps ? ' + reps' : ''}
          </dd>
        </div>
        <div>
          <dt>Work</dt>
          <dd>{formatDuration(plan.totals.workMs)}</dd>
        </div>
        <div>
          <dt>Rest</dt>
          <dd>{formatDuration(plan.totals.restMs)}</dd>
        </div>
        <div>
          <dt>Intervals</dt>
          <dd>{plan.totals.workIntervals}</dd>
        </div>
      </dl>
      {formats.length > 0 && (
        <ul className="preview__formats" data-testid="preview-formats">
          {formats.map((f) => (
            <li key={f.i}>
              Block {f.i + 1}: {f.words}
            </li>
          ))}
        </ul>
      )}
      <div className="strip" role="img" aria-label={`Timeline of ${shown.length} steps`}>
        {shown.map((s) => (
          <span
            key={s.index}
            className="strip__step"
            style={{ flexGrow: width(s.durationMs) / total, background: PHASE_COLOURS[s.kind] }}
            title={`${s.kind === 'work' ? s.label : KIND_LABELS[s.kind]}: ${s.durationMs === null ? 'until done' : formatDuration(s.durationMs)}`}
          />
        ))}
      </div>
      <ul className="strip__legend" aria-hidden="true">
        {(['work', 'rest', 'roundRest'] as const).map((k) => (
          <li key={k}>
            <span style={{ background: PHASE_COLOURS[k] }} /> {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
    </div>
  )
}
