// Settings → "Updates": the switch for checking at start. Its own file so the Settings page only places it.
import { useSettings } from './SettingsContext'
import { Toggle } from './fields'

export function UpdateSettings() {
  const { settings, update } = useSettings()
  return (
    <fieldset className="card">
      <legend>Updates</legend>
      <Toggle
        label="Check for updates at start"
        checked={settings.checkForUpdates}
        onChange={(checkForUpdates) => void update({ checkForUpdates })}
        hint="A new version downloads in the background and is offered after your workout, never during one. Help → Check for updates… asks at any time."
      />
    </fieldset>
  )
}
