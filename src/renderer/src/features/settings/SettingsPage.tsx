// The Settings screen: appearance, and where Cadence keeps its data.
import { useEffect, useState } from 'react'
import type { AppInfo } from '../../../../shared/ipc/contract'
import { ThemeSchema, type Theme } from '../../../../shared/model/settings'
import { messageOf, unwrap } from '../../lib/api'
import { useSettings } from './SettingsContext'

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
}

export function SettingsPage() {
  const { settings, update, error } = useSettings()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [infoError, setInfoError] = useState<string | null>(null)

  useEffect(() => {
    unwrap(window.api.getAppInfo())
      .then(setInfo)
      .catch((e: unknown) => setInfoError(messageOf(e)))
  }, [])

  return (
    <section className="page" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
      <fieldset className="card">
        <legend>Appearance</legend>
        <label className="field">
          <span>Theme</span>
          <select
            value={settings.theme}
            onChange={(e) => void update({ theme: ThemeSchema.parse(e.target.value) })}
          >
            {ThemeSchema.options.map((t) => (
              <option key={t} value={t}>
                {THEME_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title">About</h2>
        {infoError && <p role="alert">Could not read app details: {infoError}</p>}
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
          <button type="button" className="button" onClick={() => void window.api.openDataFolder()}>
            Open data folder
          </button>
        </p>
      </section>
    </section>
  )
}
