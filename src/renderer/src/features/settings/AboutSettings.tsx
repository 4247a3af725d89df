// The look of the app, and facts about it: its version and where its data lives (with a way to open it).
import type { AppInfo } from '@shared/ipc/contract'
import { ThemeSchema, type Theme } from '@shared/model/settings'
import { useAction } from '@renderer/lib/useApi'
import { useSettings } from './SettingsContext'
import { Select } from './fields'

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
}

export function AppearanceSettings() {
  const { settings, update } = useSettings()
  return (
    <fieldset className="card">
      <legend>Appearance</legend>
      <Select
        label="Theme"
        value={settings.theme}
        options={ThemeSchema.options.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
        onChange={(theme) => void update({ theme })}
      />
    </fieldset>
  )
}

export function AboutSettings({ info }: { info: AppInfo | null }) {
  const openDataFolder = useAction('open the data folder', () => window.api.openDataFolder())
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">About</h2>
      {info && (
        <dl className="facts">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Data folder</dt>
          <dd data-testid="data-dir">
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
      <p>
        <button type="button" className="button" onClick={() => void openDataFolder.run()}>
          Open data folder
        </button>
      </p>
    </section>
  )
}
