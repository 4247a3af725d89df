// Settings → "Updates": the switch for checking at start. Its own file so the Settings page only places it.
import { useTranslation } from 'react-i18next'
import { useSettings } from './SettingsContext'
import { Toggle } from './fields'

export function UpdateSettings() {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  return (
    <fieldset className="card">
      <legend>{t('updates.legend')}</legend>
      <Toggle
        label={t('updates.check')}
        checked={settings.checkForUpdates}
        onChange={(checkForUpdates) => void update({ checkForUpdates })}
        hint={t('updates.hint')}
      />
    </fieldset>
  )
}
