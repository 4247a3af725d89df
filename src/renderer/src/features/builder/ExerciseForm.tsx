// The form for an exercise of your own: name, region, equipment, a form cue, and whether it is one-sided.
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useWording } from '@renderer/i18n/useWording'
import {
  equipmentLabel,
  EquipmentSchema,
  regionLabel,
  RegionSchema,
  type Equipment,
  type Exercise,
  type Region,
} from '@shared/library'
import { newId } from '@renderer/lib/ids'

interface OwnFields {
  name: string
  region: Region
  equipment: Equipment
  cue: string
  oneSided: boolean
}

/** The exercise the form describes; a new one gets its id now, when the form is submitted. */
function ownExercise(existing: Exercise | null, f: OwnFields): Exercise {
  return {
    id: existing?.id ?? ownId(f.name),
    name: f.name.trim(),
    region: f.region,
    muscles: ['core'],
    equipment: f.equipment,
    oneSided: f.oneSided,
    cue: f.cue.trim() || f.name.trim(),
    workSec: 40,
    restSec: 20,
    met: 5,
    metBasis: 'circuit training, moderate effort (your own exercise)',
    custom: true,
  }
}

function ownId(name: string): string {
  const slug = name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50)
  return `my-${slug || 'exercise'}-${newId().slice(0, 6)}`
}

export function ExerciseForm({
  existing,
  onDone,
  onCancel,
}: {
  existing: Exercise | null
  onDone: (e: Exercise) => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation('builder')
  const w = useWording()
  const [name, setName] = useState(existing?.name ?? '')
  const [region, setRegion] = useState<Region>(existing?.region ?? 'full-body')
  const [equipment, setEquipment] = useState<Equipment>(existing?.equipment ?? 'none')
  const [cue, setCue] = useState(existing?.cue ?? '')
  const [oneSided, setOneSided] = useState(existing?.oneSided ?? false)
  const valid = name.trim().length > 0 && name.trim().length <= 80
  return (
    <form
      className="library__new"
      onSubmit={(e) => {
        e.preventDefault()
        if (!valid) return
        void onDone(ownExercise(existing, { name, region, equipment, cue, oneSided }))
      }}
    >
      <label>
        {t('own.name')}{' '}
        <input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} required />
      </label>
      <label>
        {t('own.region')}{' '}
        <select value={region} onChange={(e) => setRegion(e.target.value as Region)}>
          {RegionSchema.options.map((r) => (
            <option key={r} value={r}>
              {regionLabel(r, w.t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('own.equipment')}{' '}
        <select value={equipment} onChange={(e) => setEquipment(e.target.value as Equipment)}>
          {EquipmentSchema.options.map((q) => (
            <option key={q} value={q}>
              {equipmentLabel(q, w.t)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('own.cue')}{' '}
        <input value={cue} maxLength={140} onChange={(e) => setCue(e.target.value)} />
      </label>
      <label>
        <input type="checkbox" checked={oneSided} onChange={(e) => setOneSided(e.target.checked)} />{' '}
        {t('own.oneSided')}
      </label>
      <span className="picker__buttons">
        <button type="submit" className="button button--primary" disabled={!valid}>
          {existing ? t('own.saveChanges') : t('own.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('own.cancel')}
        </button>
      </span>
    </form>
  )
}
