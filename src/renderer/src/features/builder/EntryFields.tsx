// One exercise's fields in a block: name, timed or reps, work, rest, sides; each with its own message.
import type { ExerciseEntry } from '@shared/model/circuit'
import { Field, SecondsField } from './inputs'

interface EntryFieldsProps {
  entry: ExerciseEntry
  path: string
  errorAt: (path: string) => string | undefined
  workDefault: number
  restDefault: number
  /** In an EMOM, AMRAP or For Time block. */
  inFormat: boolean
  onChange: (entry: ExerciseEntry) => void
}

export function EntryFields(props: EntryFieldsProps) {
  const { entry, path, errorAt, workDefault, restDefault, inFormat, onChange } = props
  const at = (field: string) => errorAt(`${path}.${field}`)
  return (
    <span className="entry__fields">
      <Field label="Exercise" error={at('name')}>
        {(p) => (
          <input
            {...p}
            value={entry.name}
            onChange={(e) => onChange({ ...entry, name: e.target.value })}
          />
        )}
      </Field>
      <Field label="Type">
        {(p) => (
          <select
            {...p}
            value={entry.mode}
            onChange={(e) =>
              onChange({
                ...entry,
                mode: e.target.value as ExerciseEntry['mode'],
                ...(e.target.value === 'reps' && !entry.reps ? { reps: 10 } : {}),
              })
            }
          >
            <option value="timed">Timed</option>
            <option value="reps">Reps (press Done)</option>
          </select>
        )}
      </Field>
      {entry.mode === 'timed' ? (
        <SecondsField
          label="Work"
          value={entry.workSec}
          inherited={workDefault}
          error={at('workSec')}
          onChange={(v) => onChange({ ...entry, workSec: v })}
        />
      ) : (
        <SecondsField
          label="Reps"
          unit="reps"
          value={entry.reps}
          error={at('reps')}
          onChange={(v) => onChange({ ...entry, reps: v })}
        />
      )}
      {/* A format block sets its own rests and runs each move once: no rest after, no sides. */}
      {!inFormat && (
        <RestAndSides entry={entry} restDefault={restDefault} at={at} onChange={onChange} />
      )}
      <Field label="Notes" error={at('notes')}>
        {(p) => (
          <input
            {...p}
            value={entry.notes ?? ''}
            maxLength={300}
            placeholder="Optional"
            onChange={(e) => onChange({ ...entry, notes: e.target.value || undefined })}
          />
        )}
      </Field>
    </span>
  )
}

interface RestAndSidesProps {
  entry: ExerciseEntry
  restDefault: number
  at: (field: string) => string | undefined
  onChange: (entry: ExerciseEntry) => void
}

/** The rest after a move, and whether it is done left then right (with the switch time between). */
function RestAndSides({ entry, restDefault, at, onChange }: RestAndSidesProps) {
  return (
    <>
      <SecondsField
        label="Rest after"
        value={entry.restSec}
        inherited={restDefault}
        error={at('restSec')}
        onChange={(v) => onChange({ ...entry, restSec: v })}
      />
      <Field label="Left/right">
        {(p) => (
          <input
            {...p}
            type="checkbox"
            checked={entry.sides ?? false}
            onChange={(e) =>
              onChange({
                ...entry,
                sides: e.target.checked || undefined,
                ...(e.target.checked && entry.switchSec === undefined ? { switchSec: 5 } : {}),
              })
            }
          />
        )}
      </Field>
      {entry.sides && (
        <SecondsField
          label="Switch"
          value={entry.switchSec}
          error={at('switchSec')}
          onChange={(v) => onChange({ ...entry, switchSec: v })}
        />
      )}
    </>
  )
}
