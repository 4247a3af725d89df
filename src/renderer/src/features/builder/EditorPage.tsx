// Edit a circuit: fields with the validator's messages beside them, blocks of exercises, and a live preview.
import { useState } from 'react'
import type { Circuit } from '@shared/model/circuit'
import { circuitAsText } from '@shared/circuits/circuitText'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { blankBlock, entryFromExercise, type ExerciseChoice } from '@shared/model/builder'
import type { Problem } from '@shared/model/problems'
import { useToast } from '@renderer/app/Toast'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'
import { BlockEditor } from './BlockEditor'
import { CircuitFields } from './CircuitFields'
import { EditorHead } from './EditorHead'
import { LeaveConfirm } from './LeaveConfirm'
import { LibraryPicker } from './LibraryPicker'
import { TimelinePreview } from './TimelinePreview'
import { useSaveCircuit } from './useSaveCircuit'

export function EditorPage({ draft }: { draft: { circuit: Circuit; saved: Circuit | null } }) {
  const { change, close, dirty } = useBuilder()
  const { open } = useRunSession()
  const toast = useToast()
  const [pickingFor, setPickingFor] = useState<number | null>(null)
  const [confirmLeave, setConfirmLeave] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const c = draft.circuit
  const validation = validateCircuit(c)
  const problems = validation.ok ? [] : validation.problems
  const errorAt = (path: string) => problems.find((p) => p.path === path)?.message
  const { save, error } = useSaveCircuit(validation)

  const addExercise = (at: number, exercise: ExerciseChoice) => {
    change((x) => ({
      ...x,
      blocks: x.blocks.map((b, j) =>
        j === at ? { ...b, exercises: [...b.exercises, entryFromExercise(exercise, newId())] } : b
      ),
    }))
    setAnnouncement(`Added ${exercise.name}.`)
  }

  return (
    <section className="page editor" aria-labelledby="editor-title">
      <EditorHead
        title={draft.saved ? `Edit ${draft.saved.name}` : 'New circuit'}
        problems={problems}
        dirty={dirty}
        onBack={() => (dirty ? setConfirmLeave(true) : close())}
        onCopy={() =>
          void navigator.clipboard.writeText(circuitAsText(c)).then(() => toast('Copied as text.'))
        }
        onStart={() =>
          void (async () => {
            const saved = dirty ? await save() : draft.saved
            if (saved) open(saved)
          })()
        }
        onSave={() => void save()}
        error={error}
      />
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      <div className="editor__layout">
        <div className="editor__form">
          <CircuitFields
            circuit={c}
            errorAt={errorAt}
            set={(patch) => change((x) => ({ ...x, ...patch }))}
          />
          <BlockList
            circuit={c}
            errorAt={errorAt}
            announce={setAnnouncement}
            onAddExercise={setPickingFor}
          />
        </div>
        <EditorPreview circuit={c} problems={problems} />
      </div>
      {pickingFor !== null && (
        <LibraryPicker
          onClose={() => setPickingFor(null)}
          onPick={(exercise) => addExercise(pickingFor, exercise)}
        />
      )}
      {confirmLeave && (
        <LeaveConfirm
          name={c.name}
          canSave={validation.ok}
          onSave={() => void save().then((s) => s && close())}
          onDiscard={close}
          onStay={() => setConfirmLeave(false)}
        />
      )}
    </section>
  )
}

interface BlockListProps {
  circuit: Circuit
  errorAt: (path: string) => string | undefined
  announce: (message: string) => void
  onAddExercise: (block: number) => void
}

/** The circuit's blocks, each with its exercises, and the button that adds one. */
function BlockList({ circuit: c, errorAt, announce, onAddExercise }: BlockListProps) {
  const { change } = useBuilder()
  return (
    <>
      {c.blocks.map((block, i) => (
        <BlockEditor
          key={block.id}
          circuit={c}
          block={block}
          index={i}
          errorAt={errorAt}
          announce={announce}
          onChange={(next) =>
            change((x) => ({ ...x, blocks: x.blocks.map((b, j) => (j === i ? next : b)) }))
          }
          onRemove={
            c.blocks.length > 1
              ? () => change((x) => ({ ...x, blocks: x.blocks.filter((_, j) => j !== i) }))
              : null
          }
          onAddExercise={() => onAddExercise(i)}
        />
      ))}
      <button
        type="button"
        className="button"
        onClick={() => change((x) => ({ ...x, blocks: [...x.blocks, blankBlock(newId())] }))}
      >
        Add block
      </button>
    </>
  )
}

/** The timeline the circuit will run, and every problem that stops it from being saved. */
function EditorPreview({ circuit, problems }: { circuit: Circuit; problems: readonly Problem[] }) {
  return (
    <aside className="editor__preview card" aria-label="Preview">
      <h2>Preview</h2>
      <TimelinePreview circuit={circuit} valid={problems.length === 0} />
      {problems.length > 0 && (
        <ul className="problems" aria-label="Problems">
          {problems.map((p) => (
            <li key={p.path + p.message}>
              {p.where}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
