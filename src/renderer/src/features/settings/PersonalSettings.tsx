// Settings about the person training: body weight for the energy estimate, and the weekly plan that
// History measures each week against.
import type { Category } from '@shared/model/circuit'
import { useSettings } from './SettingsContext'
import { NumberField, Select } from './fields'

export function BodySettings() {
  const { settings, update } = useSettings()
  return (
    <fieldset className="card">
      <legend>You</legend>
      <NumberField
        label="Body weight"
        unit={settings.weightUnit}
        min={20}
        max={400}
        value={settings.bodyWeight}
        onChange={(bodyWeight) => void update({ bodyWeight })}
      />
      <Select
        label="Units"
        value={settings.weightUnit}
        options={[
          { value: 'kg', label: 'Kilograms' },
          { value: 'lb', label: 'Pounds' },
        ]}
        onChange={(weightUnit) => void update({ weightUnit })}
      />
      <p className="muted">
        Used only for the energy estimate: MET × body weight × time, per step.
      </p>
    </fieldset>
  )
}

const PLAN_LABELS: Record<Category, string> = {
  strength: 'Strength',
  hiit: 'HIIT',
  cardio: 'Cardio',
  mobility: 'Mobility / stretch',
}

export function WeeklyPlanSettings() {
  const { settings, update } = useSettings()
  return (
    <fieldset className="card">
      <legend>Weekly plan</legend>
      <p className="muted">Sessions a week to aim for; History shows each week against it.</p>
      {(Object.keys(PLAN_LABELS) as Category[]).map((category) => (
        <NumberField
          key={category}
          label={PLAN_LABELS[category]}
          min={0}
          max={14}
          value={settings.weeklyPlan[category]}
          onChange={(sessions) => void update({ weeklyPlan: { [category]: sessions } })}
        />
      ))}
    </fieldset>
  )
}
