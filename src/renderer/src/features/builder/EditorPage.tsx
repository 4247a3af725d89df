// Edit a circuit: a bar that stays in view, fields with their messages once touched, blocks of exercises
// with undo for removals, and a live preview of whatever can already be run.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Circuit } from '@shared/model/circuit'
import { circuitAsText } from '@shared/circuits/circuitText'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import {
  blankBlock,
  entryFromExercise,
  removeBlock,
  removeExercise,
  type ExerciseChoice,
} from '@shared/model/builder'
import { useToast } from '@renderer/app/Toast'
import { useWording } from '@renderer/i18n/useWording'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'
import { BlockEditor } from './BlockEditor'
import { CircuitFields } from './CircuitFields'
import { EditorHead } from './EditorHead'
import { EditorPreview } from './EditorPreview'
import { FieldChecksProvider, useEditorChecks } from './fieldChecks'
import { LeaveConfirm } from './LeaveConfirm'
import { LibraryPicker } from './LibraryPicker'
import { useEditorKeys } from './useEditorKeys'
import { useRemovals } from './useRemovals'
import { useSaveCircuit } from './useSaveCircuit'
import { CircuitMusic } from '../music/CircuitMusic'

/** The circuit with a library exercise added at the end of one of its blocks. */
const withExercise = (x: Circuit, at: number, exercise: ExerciseChoice): Circuit => ({
  ...x,
  blocks: x.blocks.map((b, j) =>
    j === at ? { ...b, exercises: [...b.exercises, entryFromExercise(exercise, newId())] } : b
  ),
})

export function EditorPage({ draft }: { draft: { circuit: Circuit; saved: Circuit | null } }) {
  const { change, close, dirty } = useBuilder()
  const { t } = useTranslation('builder')
  const [pickingFor, setPickingFor] = useState<number | null>(null)
  const [confirmLeave, setConfirmLeave] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const c = draft.circuit
  const validation = validateCircuit(c)
  const problems = validation.ok ? [] : validation.problems
  const { visible, checks, attempt } = useEditorChecks(problems)
  const { save, error } = useSaveCircuit(validation)
  const removals = useRemovals(setAnnouncement)
  const trySave = () => {
    if (!validation.ok) attempt()
    else if (dirty) void save()
  }
  useEditorKeys({ save: trySave, undo: removals.undoLatest })
  const { copy, start } = useCopyAndStart(draft, save)

  // The library dialog says what was added itself: a live region behind a modal is not heard.
  const addExercise = (at: number, exercise: ExerciseChoice) =>
    change((x) => withExercise(x, at, exercise))

  return (
    <section className="page editor" aria-labelledby="editor-title">
      <EditorHead
        title={
          draft.saved ? t('editor.editTitle', { name: draft.saved.name }) : t('editor.newTitle')
        }
        problems={problems}
        showing={visible.length > 0}
        dirty={dirty}
        onBack={() => (dirty ? setConfirmLeave(true) : close())}
        onCopy={copy}
        onStart={start}
        onSave={trySave}
        error={error}
      />
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      <FieldChecksProvider value={checks}>
        <div className="editor__layout">
          <EditorForm
            circuit={c}
            moreHasProblem={visible.some((p) => /^(warmup|cooldown|description)/.test(p.path))}
            announce={setAnnouncement}
            removals={removals}
            onAddExercise={setPickingFor}
          />
          <EditorPreview circuit={c} problems={problems} shown={visible} />
        </div>
      </FieldChecksProvider>
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

/** Copy as text, and Start (saving first when there are changes). */
function useCopyAndStart(
  draft: { circuit: Circuit; saved: Circuit | null },
  save: () => Promise<Circuit | null>
) {
  const { dirty } = useBuilder()
  const { open } = useRunSession()
  const toast = useToast()
  const { t } = useTranslation('builder')
  const wording = useWording()
  const copy = () =>
    void navigator.clipboard
      .writeText(circuitAsText(draft.circuit, wording))
      .then(() => toast(t('editor.copied')))
  const start = () =>
    void (async () => {
      const saved = dirty ? await save() : draft.saved
      if (saved) open(saved)
    })()
  return { copy, start }
}

interface EditorFormProps {
  circuit: Circuit
  moreHasProblem: boolean
  announce: (message: string) => void
  removals: ReturnType<typeof useRemovals>
  onAddExercise: (block: number) => void
}

/** The circuit's fields, then each block with its exercises, then Add block. */
function EditorForm({ circuit: c, moreHasProblem, announce, removals, ...on }: EditorFormProps) {
  const { change } = useBuilder()
  const { t } = useTranslation('builder')
  return (
    <div className="editor__form">
      <CircuitFields
        circuit={c}
        set={(patch) => change((x) => ({ ...x, ...patch }))}
        moreHasProblem={moreHasProblem}
      />
      {c.blocks.map((block, i) => (
        <BlockEditor
          key={block.id}
          circuit={c}
          block={block}
          index={i}
          announce={announce}
          onChange={(next) =>
            change((x) => ({ ...x, blocks: x.blocks.map((b, j) => (j === i ? next : b)) }))
          }
          onRemove={c.blocks.length > 1 ? () => removals.remove(c, (x) => removeBlock(x, i)) : null}
          onRemoveExercise={(e) => removals.remove(c, (x) => removeExercise(x, block.id, e))}
          onAddExercise={() => on.onAddExercise(i)}
        />
      ))}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => change((x) => ({ ...x, blocks: [...x.blocks, blankBlock(newId())] }))}
      >
        {t('block.add')}
      </button>
      <CircuitMusic circuitId={c.id} />
    </div>
  )
}
