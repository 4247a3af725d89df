// The look of the app, and facts about it: its version and where its data lives (with a way to open it).
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '@shared/ipc/contract'
import { ThemeSchema } from '@shared/model/settings'
import { useAction } from '@renderer/lib/useApi'
import { useSettings } from './SettingsContext'
import { Select } from './fields'

export function AppearanceSettings() {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  return (
    <fieldset className="card">
      <legend>{t('appearance.legend')}</legend>
      <Select
        label={t('appearance.theme')}
        value={settings.theme}
        options={ThemeSchema.options.map((theme) => ({
          value: theme,
          label: t(`appearance.themes.${theme}`),
        }))}
        onChange={(theme) => void update({ theme })}
      />
    </fieldset>
  )
}

export function AboutSettings({ info }: { info: AppInfo | null }) {
  const { t } = useTranslation('settings')
  const openDataFolder = useAction('openDataFolder', () => window.api.openDataFolder())
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('about.title')}</h2>
      {info && (
        <dl className="facts">
          <dt>{t('about.version')}</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>{t('about.dataFolder')}</dt>
          <dd data-testid="data-dir">
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      )}
      <p>
        <button type="button" className="button" onClick={() => void openDataFolder.run()}>
          {t('about.openDataFolder')}
        </button>
      </p>
    </section>
  )
}
