// Settings about the person training: body weight for the energy estimate, and the weekly plan that
// History measures each week against.
import { useTranslation } from 'react-i18next'
import { CategorySchema } from '@shared/model/circuit'
import { useSettings } from './SettingsContext'
import { NumberField, Select } from './fields'

export function BodySettings() {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  return (
    <fieldset className="card">
      <legend>{t('body.legend')}</legend>
      <NumberField
        label={t('body.weight')}
        unit={t(`body.units.${settings.weightUnit}`)}
        min={20}
        max={400}
        value={settings.bodyWeight}
        onChange={(bodyWeight) => void update({ bodyWeight })}
      />
      <Select
        label={t('body.unitsLabel')}
        value={settings.weightUnit}
        options={[
          { value: 'kg', label: t('body.kilograms') },
          { value: 'lb', label: t('body.pounds') },
        ]}
        onChange={(weightUnit) => void update({ weightUnit })}
      />
      <p className="muted">{t('body.hint')}</p>
    </fieldset>
  )
}

export function WeeklyPlanSettings() {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  return (
    <fieldset className="card">
      <legend>{t('plan.legend')}</legend>
      <p className="muted">{t('plan.hint')}</p>
      {CategorySchema.options.map((category) => (
        <NumberField
          key={category}
          label={t(`plan.categories.${category}`)}
          min={0}
          max={14}
          value={settings.weeklyPlan[category]}
          onChange={(sessions) => void update({ weeklyPlan: { [category]: sessions } })}
        />
      ))}
    </fieldset>
  )
}
