// Edit a circuit: fields with the validator's messages beside them, blocks of exercises, and a live preview.
import { useState } from 'react'
import { CategorySchema, type Circuit } from '@shared/model/circuit'
import { circuitAsText } from '@shared/circuits/circuitText'
import { validateCircuit } from '@shared/circuits/validateCircuit'
import { blankBlock, entryFromExercise } from '@shared/model/builder'
import { useToast } from '@renderer/app/Toast'
import { useAction } from '@renderer/lib/useApi'
import { newId } from '@renderer/lib/ids'
import { useRunSession } from '../run/RunSessionProvider'
import { useBuilder } from './BuilderContext'
import { BlockEditor } from './BlockEditor'
import { Field, SecondsField } from './inputs'
import { LibraryPicker } from './LibraryPicker'
import { TimelinePreview } from './TimelinePreview'

const CATEGORY_LABELS = {
  strength: 'Strength',
  hiit: 'HIIT',
  cardio: 'Cardio',
  mobility: 'Mobility / stretch',
} as const

export function EditorPage({ draft }: { draft: { circuit: Circuit; saved: Circuit | null } }) {
  const { change, markSaved, close, dirty } = useBuilder()
  const { open } = useRunSession()
  const toast = useToast()
  const [pickingFor, setPickingFor] = useState<number | null>(null)
  const [confirmLeave, setConfirmLeave] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const c = draft.circuit
  const validation = validateCircuit(c)
  const problems = validation.ok ? [] : validation.problems
  const errorAt = (path: string) => problems.find((p) => p.path === path)?.message
  const set = (patch: Partial<Circuit>) => change((x) => ({ ...x, ...patch }))

  // A failed save is said next to the Save button, where the user is looking.
  const saveCircuit = useAction(
    'save the circuit',
    (x: Circuit) => window.api.saveCircuit(x),
    setError
  )
  const save = async (): Promise<Circuit | null> => {
    if (!validation.ok) return null
    const saved = await saveCircuit.run(validation.circuit)
    if (!saved) return null
    markSaved(saved)
    setError(null)
    toast(`Saved "${saved.name}".`)
    return saved
  }

  return (
    <section className="page editor" aria-labelledby="editor-title">
      <div className="page__head">
        <h1 id="editor-title">{draft.saved ? `Edit ${draft.saved.name}` : 'New circuit'}</h1>
        <div className="page__actions">
          <button
            type="button"
            className="button"
            onClick={() => (dirty ? setConfirmLeave(true) : close())}
          >
            Back to circuits
          </button>
          <button
            type="button"
            className="button"
            onClick={() =>
              void navigator.clipboard
                .writeText(circuitAsText(c))
                .then(() => toast('Copied as text.'))
            }
            disabled={!validation.ok}
          >
            Copy as text
          </button>
          <button
            type="button"
            className="button"
            disabled={!validation.ok}
            onClick={() =>
              void (async () => {
                const saved = dirty ? await save() : draft.saved
                if (saved) open(saved)
              })()
            }
          >
            {dirty ? 'Save and start' : 'Start'}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!validation.ok || !dirty}
            onClick={() => void save()}
            aria-describedby="save-state"
          >
            Save
          </button>
        </div>
      </div>
      <p id="save-state" className={validation.ok ? 'muted' : 'efield__error'} role="status">
        {!validation.ok
          ? `Cannot save yet: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} to fix (${problems[0]!.where}: ${problems[0]!.message}).`
          : dirty
            ? 'Unsaved changes.'
            : 'All changes saved.'}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="assertive">
        {announcement}
      </p>
      <div className="editor__layout">
        <div className="editor__form">
          <fieldset className="card">
            <legend>Circuit</legend>
            <div className="efield__grid">
              <Field label="Name" error={errorAt('name')}>
                {(p) => (
                  <input
                    {...p}
                    value={c.name}
                    maxLength={120}
                    onChange={(e) => set({ name: e.target.value })}
                  />
                )}
              </Field>
              <Field label="Colour">
                {(p) => (
                  <input
                    {...p}
                    type="color"
                    value={c.color ?? '#c2410c'}
                    onChange={(e) => set({ color: e.target.value })}
                  />
                )}
              </Field>
              <Field label="Kind of session" hint="Counts toward this part of your weekly plan">
                {(p) => (
                  <select
                    {...p}
                    value={c.category}
                    onChange={(e) => set({ category: CategorySchema.parse(e.target.value) })}
                  >
                    {CategorySchema.options.map((k) => (
                      <option key={k} value={k}>
                        {CATEGORY_LABELS[k]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <SecondsField
                label="Get ready"
                value={c.prepareSec}
                error={errorAt('prepareSec')}
                onChange={(v) => set({ prepareSec: v ?? Number.NaN })}
              />
              <SecondsField
                label="Work (default)"
                value={c.defaults.workSec}
                error={errorAt('defaults.workSec')}
                onChange={(v) => set({ defaults: { ...c.defaults, workSec: v ?? Number.NaN } })}
              />
              <SecondsField
                label="Rest (default)"
                value={c.defaults.restSec}
                error={errorAt('defaults.restSec')}
                onChange={(v) => set({ defaults: { ...c.defaults, restSec: v ?? Number.NaN } })}
              />
              <SecondsField
                label="Warm-up"
                value={c.warmup?.durationSec}
                error={errorAt('warmup.durationSec')}
                onChange={(v) =>
                  set({ warmup: v === undefined ? undefined : { ...c.warmup, durationSec: v } })
                }
              />
              <SecondsField
                label="Cool-down"
                value={c.cooldown?.durationSec}
                error={errorAt('cooldown.durationSec')}
                onChange={(v) =>
                  set({ cooldown: v === undefined ? undefined : { ...c.cooldown, durationSec: v } })
                }
              />
            </div>
            <Field label="Description" error={errorAt('description')}>
              {(p) => (
                <textarea
                  {...p}
                  rows={2}
                  value={c.description ?? ''}
                  onChange={(e) => set({ description: e.target.value || undefined })}
                />
              )}
            </Field>
          </fieldset>
          {c.blocks.map((block, i) => (
            <BlockEditor
              key={block.id}
              circuit={c}
              block={block}
              index={i}
              errorAt={errorAt}
              announce={setAnnouncement}
              onChange={(next) =>
                change((x) => ({ ...x, blocks: x.blocks.map((b, j) => (j === i ? next : b)) }))
              }
              onRemove={
                c.blocks.length > 1
                  ? () => change((x) => ({ ...x, blocks: x.blocks.filter((_, j) => j !== i) }))
                  : null
              }
              onAddExercise={() => setPickingFor(i)}
            />
          ))}
          <button
            type="button"
            className="button"
            onClick={() => change((x) => ({ ...x, blocks: [...x.blocks, blankBlock(newId())] }))}
          >
            Add block
          </button>
        </div>
        <aside className="editor__preview card" aria-label="Preview">
          <h2>Preview</h2>
          <TimelinePreview circuit={c} valid={validation.ok} />
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
      </div>
      {pickingFor !== null && (
        <LibraryPicker
          onClose={() => setPickingFor(null)}
          onPick={(exercise) => {
            const at = pickingFor
            change((x) => ({
              ...x,
              blocks: x.blocks.map((b, j) =>
                j === at
                  ? { ...b, exercises: [...b.exercises, entryFromExercise(exercise, newId())] }
                  : b
              ),
            }))
            setAnnouncement(`Added ${exercise.name}.`)
          }}
        />
      )}
      {confirmLeave && (
        <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="leave-title">
          <div className="overlay__card">
            <h2 id="leave-title">Discard your changes?</h2>
            <p>“{c.name}” has changes that are not saved.</p>
            <div className="overlay__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={!validation.ok}
                onClick={() => void save().then((s) => s && close())}
              >
                Save
              </button>
              <button type="button" className="button button--danger" onClick={close}>
                Discard changes
              </button>
              <button type="button" className="button" onClick={() => setConfirmLeave(false)}>
                Keep editing
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  )
}
