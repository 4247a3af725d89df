// The timeline the circuit will run, as far as it can be run, and every problem that stops it being saved.
import type { Circuit } from '@shared/model/circuit'
import type { Problem } from '@shared/model/problems'
import { previewOf } from '@shared/circuits/previewCircuit'
import { TimelinePreview } from './TimelinePreview'

interface EditorPreviewProps {
  circuit: Circuit
  /** Every problem: the preview leaves out what they touch. */
  problems: readonly Problem[]
  /** The problems the user is shown yet (touched fields, or all after Save). */
  shown: readonly Problem[]
}

export function EditorPreview({ circuit, problems, shown }: EditorPreviewProps) {
  const part = previewOf(circuit, problems)
  const blockName = (i: number) => circuit.blocks[i]?.name || `Block ${i + 1}`
  const gaps = [...part.leftOut.map(blockName), ...part.without]
  return (
    <aside className="editor__preview card" aria-label="Preview">
      <h2>Preview</h2>
      {part.circuit ? (
        <TimelinePreview circuit={part.circuit} />
      ) : (
        <p className="muted" data-testid="preview-empty">
          {emptyReason(circuit, problems)}
        </p>
      )}
      {part.circuit && gaps.length > 0 && (
        <p className="preview__gap" data-testid="preview-gap">
          Not in the preview until fixed: {gaps.join(', ')}.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="problems" aria-label="Problems">
          {shown.map((p) => (
            <li key={p.path + p.message}>
              {p.where}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}

/** Why nothing can be previewed, said as what to do next. */
function emptyReason(circuit: Circuit, problems: readonly Problem[]): string {
  if (circuit.blocks.every((b) => b.exercises.length === 0))
    return 'Add an exercise to see the timeline.'
  if (problems.some((p) => p.path.startsWith('defaults')))
    return 'The timeline appears once the default work and rest are set.'
  return 'The timeline appears once a block has no problems.'
}
