// The Settings screen: everything the run screen obeys, applied at once and saved by main. Each card is
// its own component, reading and updating the settings through SettingsContext; two columns of cards
// use the page's width, grouped as what a session does and what Cadence knows about you and itself.
import { useTranslation } from 'react-i18next'
import { useQuery } from '@renderer/lib/useApi'
import { useSettings } from './SettingsContext'
import { AboutSettings, AppearanceSettings } from './AboutSettings'
import { Announcer } from './Announcer'
import { BodySettings, WeeklyPlanSettings } from './PersonalSettings'
import { PhoneRemote } from './PhoneRemote'
import { SessionSettings } from './SessionSettings'
import { SoundSettings, VoiceSettings } from './SoundSettings'
import { UpdateSettings } from './UpdateSettings'
import { LanguageSetting } from './LanguageSetting'
import { MusicSettings } from '../music/MusicSettings'

export function SettingsPage() {
  const { t } = useTranslation('settings')
  const { error } = useSettings()
  const { data: info, error: infoError } = useQuery('appInfo', () => window.api.getAppInfo())
  const displayQuery = useQuery('displays', () => window.api.listDisplays())
  const problem =
    (error && t(`page.${error.failed}Failed`, { message: error.message })) ??
    infoError ??
    displayQuery.error

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('page.title')}</h1>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      <Announcer>
        <div className="settings__columns">
          <div className="settings__column">
            <LanguageSetting />
            <SoundSettings />
            <VoiceSettings platform={info?.platform} />
            <MusicSettings />
            <SessionSettings displays={displayQuery.data} onMoved={displayQuery.reload} />
          </div>
          <div className="settings__column">
            <PhoneRemote />
            <BodySettings />
            <WeeklyPlanSettings />
            <AppearanceSettings />
            <UpdateSettings />
            <AboutSettings info={info} />
          </div>
        </div>
      </Announcer>
    </section>
  )
}
