// One block: its format, rounds and rests, and its exercises, reorderable by keyboard and by drag and drop.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block, Circuit, ExerciseEntry } from '@shared/model/circuit'
import { moveItem, roundRestReplacesRest, showsBlockTimings } from '@shared/model/builder'
import { useFieldCheck } from './fieldChecks'
import { CountField, Field, SecondsField } from './inputs'
import { FormatFields } from './FormatFields'
import { EntryRow } from './EntryRow'

interface Props {
  circuit: Circuit
  block: Block
  index: number
  onChange: (block: Block) => void
  /** Null for the only block, which cannot be removed. */
  onRemove: (() => void) | null
  onRemoveExercise: (index: number) => void
  onAddExercise: () => void
  announce: (message: string) => void
}

export function BlockEditor(props: Props) {
  const { circuit, block, index, onChange, announce } = props
  const { t } = useTranslation('builder')
  const [dragging, setDragging] = useState<number | null>(null)
  const path = `blocks.${index}`
  const setEntry = (i: number, entry: ExerciseEntry) =>
    onChange({ ...block, exercises: block.exercises.map((e, j) => (j === i ? entry : e)) })
  const move = (from: number, to: number) => {
    if (to < 0 || to >= block.exercises.length) return
    onChange({ ...block, exercises: moveItem(block.exercises, from, to) })
    announce(
      t('block.moved', {
        name: block.exercises[from]!.name,
        position: to + 1,
        count: block.exercises.length,
      })
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
  const title = block.name || t('block.numbered', { number: index + 1 })

  return (
    <fieldset className="card block">
      <legend>{circuit.blocks.length > 1 || block.name ? title : t('block.single')}</legend>
      <BlockFields circuit={circuit} block={block} index={index} onChange={onChange} />
      <ol className="entries" aria-label={t('block.exercisesIn', { block: title })}>
        {block.exercises.map((entry, i) => (
          <EntryRow
            key={entry.id}
            entry={entry}
            index={i}
            count={block.exercises.length}
            path={`${path}.exercises.${i}`}
            workDefault={block.workSec ?? circuit.defaults.workSec}
            restDefault={block.restSec ?? circuit.defaults.restSec}
            inFormat={kind !== 'intervals'}
            roundRestAfter={kind === 'intervals' && roundRestReplacesRest(block, i)}
            dragging={dragging === i}
            onChange={(next) => setEntry(i, next)}
            onRemove={() => props.onRemoveExercise(i)}
            move={move}
            drag={drag}
          />
        ))}
      </ol>
      <NoExercises path={`${path}.exercises`} />
      <span className="picker__buttons">
        <button
          type="button"
          className="button"
          onClick={props.onAddExercise}
          data-path={`${path}.exercises`}
        >
          {t('block.addExercise')}
        </button>
        {props.onRemove && (
          <button type="button" className="button button--quiet" onClick={props.onRemove}>
            {t('block.remove')}
          </button>
        )}
      </span>
    </fieldset>
  )
}

/** "A block needs at least one exercise", once the user has tried to save. */
function NoExercises({ path }: { path: string }) {
  const { error } = useFieldCheck(path)
  return error ? <p className="efield__error">{error}</p> : null
}

interface BlockFieldsProps {
  circuit: Circuit
  block: Block
  index: number
  onChange: (block: Block) => void
}

/** The block's own fields: its name, format, and the rounds, rests and timings its format uses. */
function BlockFields({ circuit, block, index, onChange }: BlockFieldsProps) {
  const { t } = useTranslation('builder')
  const kind = block.format?.type ?? 'intervals'
  const path = `blocks.${index}`
  return (
    <div className="efield__grid">
      {/* A single block needs no name of its own; it is the circuit. */}
      {(circuit.blocks.length > 1 || block.name) && (
        <Field label={t('block.name')} path={`${path}.name`}>
          {(p) => (
            <input
              {...p}
              value={block.name ?? ''}
              placeholder={t('block.numbered', { number: index + 1 })}
              onChange={(e) => onChange({ ...block, name: e.target.value || undefined })}
            />
          )}
        </Field>
      )}
      <FormatFields circuit={circuit} block={block} path={path} onChange={onChange} />
      {/* EMOM and AMRAP set their own length; only intervals have scheduled rests. */}
      {kind !== 'emom' && kind !== 'amrap' && (
        <CountField
          label={t('block.rounds')}
          path={`${path}.rounds`}
          value={block.rounds}
          onChange={(rounds) => onChange({ ...block, rounds })}
        />
      )}
      {kind === 'intervals' && (
        <SecondsField
          label={t('block.roundRest')}
          path={`${path}.restBetweenRoundsSec`}
          value={block.restBetweenRoundsSec}
          onChange={(v) => onChange({ ...block, restBetweenRoundsSec: v ?? Number.NaN })}
        />
      )}
      {showsBlockTimings(circuit, block) && (
        <BlockTimings circuit={circuit} block={block} path={path} onChange={onChange} />
      )}
    </div>
  )
}

/** Work and rest for this block only: a third layer of defaults, which matters only with several blocks. */
function BlockTimings({
  circuit,
  block,
  path,
  onChange,
}: {
  circuit: Circuit
  block: Block
  path: string
  onChange: (block: Block) => void
}) {
  const { t } = useTranslation('builder')
  return (
    <>
      <SecondsField
        label={t('block.work')}
        path={`${path}.workSec`}
        value={block.workSec}
        inherited={circuit.defaults.workSec}
        onChange={(v) => onChange({ ...block, workSec: v })}
      />
      <SecondsField
        label={t('block.rest')}
        path={`${path}.restSec`}
        value={block.restSec}
        inherited={circuit.defaults.restSec}
        onChange={(v) => onChange({ ...block, restSec: v })}
      />
    </>
  )
}
