// One block: rounds, rests, default timings, and its exercises, reorderable by keyboard and by drag and drop.
import { useState } from 'react'
import type { Block, Circuit, ExerciseEntry } from '@shared/model/circuit'
import { moveItem } from '@shared/model/builder'
import { CountField, Field, SecondsField } from './inputs'
import { FormatFields } from './FormatFields'
import { EntryRow } from './EntryRow'

interface Props {
  circuit: Circuit
  block: Block
  index: number
  errorAt: (path: string) => string | undefined
  onChange: (block: Block) => void
  onRemove: (() => void) | null
  onAddExercise: () => void
  announce: (message: string) => void
}

export function BlockEditor({
  circuit,
  block,
  index,
  errorAt,
  onChange,
  onRemove,
  onAddExercise,
  announce,
}: Props) {
  const [dragging, setDragging] = useState<number | null>(null)
  const at = (field: string) => errorAt(`blocks.${index}.${field}`)
  const setEntry = (i: number, entry: ExerciseEntry) =>
    onChange({ ...block, exercises: block.exercises.map((e, j) => (j === i ? entry : e)) })
  const move = (from: number, to: number) => {
    if (to < 0 || to >= block.exercises.length) return
    onChange({ ...block, exercises: moveItem(block.exercises, from, to) })
    announce(
      `${block.exercises[from]!.name} moved to position ${to + 1} of ${block.exercises.length}.`
    )
    // Keep focus on the row that moved, at its new place.
    requestAnimationFrame(() =>
      document.getElementById(`entry-${block.exercises[from]!.id}`)?.focus()
    )
  }
  const drag = {
    start: setDragging,
    dropOn: (i: number) => {
      if (dragging !== null) move(dragging, i)
      setDragging(null)
    },
    end: () => setDragging(null),
  }
  const kind = block.format?.type ?? 'intervals'
  const workDefault = block.workSec ?? circuit.defaults.workSec
  const restDefault = block.restSec ?? circuit.defaults.restSec

  return (
    <fieldset className="card block">
      <legend>{block.name || `Block ${index + 1}`}</legend>
      <BlockFields circuit={circuit} block={block} index={index} at={at} onChange={onChange} />
      <FormatFields circuit={circuit} block={block} at={at} onChange={onChange} />
      {at('exercises') && <p className="efield__error">{at('exercises')}</p>}
      <ol className="entries" aria-label={`Exercises in ${block.name || `block ${index + 1}`}`}>
        {block.exercises.map((entry, i) => (
          <EntryRow
            key={entry.id}
            entry={entry}
            index={i}
            count={block.exercises.length}
            path={`blocks.${index}.exercises.${i}`}
            errorAt={errorAt}
            workDefault={workDefault}
            restDefault={restDefault}
            inFormat={kind !== 'intervals'}
            dragging={dragging === i}
            onChange={(next) => setEntry(i, next)}
            onRemove={() =>
              onChange({ ...block, exercises: block.exercises.filter((_, j) => j !== i) })
            }
            move={move}
            drag={drag}
          />
        ))}
      </ol>
      <span className="picker__buttons">
        <button type="button" className="button" onClick={onAddExercise}>
          Add exercise
        </button>
        {onRemove && (
          <button type="button" className="button button--danger" onClick={onRemove}>
            Remove block
          </button>
        )}
      </span>
    </fieldset>
  )
}

interface BlockFieldsProps {
  circuit: Circuit
  block: Block
  index: number
  at: (field: string) => string | undefined
  onChange: (block: Block) => void
}

/** The block's own fields: its name, and the rounds, rests and timings its format uses. */
function BlockFields({ circuit, block, index, at, onChange }: BlockFieldsProps) {
  const kind = block.format?.type ?? 'intervals'
  return (
    <div className="efield__grid">
      <Field label="Block name" error={at('name')}>
        {(p) => (
          <input
            {...p}
            value={block.name ?? ''}
            placeholder={`Block ${index + 1}`}
            onChange={(e) => onChange({ ...block, name: e.target.value || undefined })}
          />
        )}
      </Field>
      {/* EMOM and AMRAP set their own length; only intervals have scheduled rests. */}
      {kind !== 'emom' && kind !== 'amrap' && (
        <CountField
          label="Rounds"
          value={block.rounds}
          error={at('rounds')}
          onChange={(rounds) => onChange({ ...block, rounds })}
        />
      )}
      {kind === 'intervals' && (
        <SecondsField
          label="Rest between rounds"
          value={block.restBetweenRoundsSec}
          error={at('restBetweenRoundsSec')}
          onChange={(v) => onChange({ ...block, restBetweenRoundsSec: v ?? Number.NaN })}
        />
      )}
      <SecondsField
        label="Work (this block)"
        value={block.workSec}
        inherited={circuit.defaults.workSec}
        error={at('workSec')}
        onChange={(v) => onChange({ ...block, workSec: v })}
      />
      <SecondsField
        label="Rest (this block)"
        value={block.restSec}
        inherited={circuit.defaults.restSec}
        error={at('restSec')}
        onChange={(v) => onChange({ ...block, restSec: v })}
      />
    </div>
  )
}
