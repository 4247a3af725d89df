// One exercise's fields in a block, on one line: name, timed or reps, work, rest, sides; each with its own
// message. Notes are folded away behind a disclosure, since most moves have none.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExerciseEntry } from '@shared/model/circuit'
import { useFieldCheck } from './fieldChecks'
import { Field, SecondsField } from './inputs'

interface EntryFieldsProps {
  entry: ExerciseEntry
  path: string
  workDefault: number
  restDefault: number
  /** In an EMOM, AMRAP or For Time block. */
  inFormat: boolean
  /** The last move of a block with a round rest: that rest takes the place of its own. */
  roundRestAfter: boolean
  onChange: (entry: ExerciseEntry) => void
}

export function EntryFields(props: EntryFieldsProps) {
  const { entry, path, workDefault, inFormat, onChange } = props
  const { t } = useTranslation('builder')
  return (
    <span className="entry__fields">
      <Field label={t('entry.name')} path={`${path}.name`} className="efield--name">
        {(p) => (
          <input
            {...p}
            value={entry.name}
            onChange={(e) => onChange({ ...entry, name: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('entry.mode')} path={`${path}.mode`} className="efield--type">
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
            <option value="timed">{t('entry.timed')}</option>
            <option value="reps">{t('entry.repsMode')}</option>
          </select>
        )}
      </Field>
      {entry.mode === 'timed' ? (
        <SecondsField
          label={t('entry.work')}
          path={`${path}.workSec`}
          value={entry.workSec}
          inherited={workDefault}
          onChange={(v) => onChange({ ...entry, workSec: v })}
        />
      ) : (
        <SecondsField
          label={t('entry.reps')}
          unit={t('entry.repsUnit')}
          path={`${path}.reps`}
          value={entry.reps}
          onChange={(v) => onChange({ ...entry, reps: v })}
        />
      )}
      {/* A format block sets its own rests and runs each move once: no rest after, no sides. */}
      {!inFormat && <RestAndSides {...props} />}
      <Notes entry={entry} path={`${path}.notes`} onChange={onChange} />
    </span>
  )
}

/** The rest after a move, and whether it is done left then right (with the switch time between). */
function RestAndSides({ entry, path, restDefault, roundRestAfter, onChange }: EntryFieldsProps) {
  const { t } = useTranslation('builder')
  return (
    <>
      {roundRestAfter ? (
        <p className="efield entry__then">
          <span className="entry__then-label">{t('entry.restAfter')}</span>
          <span title={t('entry.roundRestWhy')}>{t('entry.roundRest')}</span>
        </p>
      ) : (
        <SecondsField
          label={t('entry.restAfter')}
          path={`${path}.restSec`}
          value={entry.restSec}
          inherited={restDefault}
          onChange={(v) => onChange({ ...entry, restSec: v })}
        />
      )}
      <Field label={t('entry.sides')} className="efield--toggle">
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
          label={t('entry.switch')}
          path={`${path}.switchSec`}
          value={entry.switchSec}
          onChange={(v) => onChange({ ...entry, switchSec: v })}
        />
      )}
    </>
  )
}

/** The notes, behind a button that says whether there are any; a problem in them opens them. */
function Notes({
  entry,
  path,
  onChange,
}: {
  entry: ExerciseEntry
  path: string
  onChange: (entry: ExerciseEntry) => void
}) {
  const { t } = useTranslation('builder')
  const [open, setOpen] = useState(false)
  const { error } = useFieldCheck(path)
  const shown = open || Boolean(error)
  const id = `notes-${entry.id}`
  return (
    <>
      <button
        type="button"
        className="button button--quiet entry__notes-toggle"
        aria-expanded={shown}
        aria-controls={id}
        aria-label={t(entry.notes ? 'entry.notesWritten' : 'entry.notesFor', { name: entry.name })}
        onClick={() => setOpen(!shown)}
      >
        {t('entry.notes')}
        {entry.notes ? ' ✓' : ''}
      </button>
      <span id={id} className="entry__notes" hidden={!shown}>
        {shown && (
          <Field label={t('entry.notes')} path={path}>
            {(p) => (
              <input
                {...p}
                value={entry.notes ?? ''}
                maxLength={300}
                placeholder={t('entry.notesPlaceholder')}
                onChange={(e) => onChange({ ...entry, notes: e.target.value || undefined })}
              />
            )}
          </Field>
        )}
      </span>
    </>
  )
}
