// Settings → "Language": the screen's and the voice's language, applied at once (menus too, through main),
// and a plain word when no installed voice speaks it, since cues then play as sounds only. The word is a
// hint, not a live region: Settings keeps one live region (Announcer), so regions never talk over each other.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { chooseLanguage, LANGUAGES, type LanguageSetting } from '@shared/model/language'
import { languageName } from '@shared/i18n/format'
import { voiceFor } from '@shared/i18n/voiceChoice'
import { voices } from '@renderer/audio/voice'
import { systemLanguages } from '@renderer/i18n/I18nProvider'
import { useSettings } from './SettingsContext'
import { Select } from './fields'

/** How many installed voices speak `lang`; Chromium lists voices late, so it listens for the list. */
function useVoiceCount(lang: string): number {
  const [list, setList] = useState(voices)
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return
    const refresh = () => setList(voices())
    speechSynthesis.addEventListener('voiceschanged', refresh)
    return () => speechSynthesis.removeEventListener('voiceschanged', refresh)
  }, [])
  return list.filter((v) => voiceFor(lang, [v]) !== undefined).length
}

export function LanguageSetting() {
  const { t } = useTranslation('settings')
  const { settings, update } = useSettings()
  const lang = chooseLanguage(settings.language, systemLanguages())
  const voiceCount = useVoiceCount(lang)
  const here = languageName(lang)
  const options = [
    {
      value: 'system' as LanguageSetting,
      label: t('language.system', {
        language: languageName(chooseLanguage('system', systemLanguages())),
      }),
    },
    // Each language by its own name, so a reader finds theirs whatever the screen speaks now.
    ...LANGUAGES.map((value) => ({ value, label: languageName(value) })),
  ]
  return (
    <fieldset className="card">
      <legend>{t('language.legend')}</legend>
      <Select
        label={t('language.label')}
        value={settings.language}
        options={options}
        onChange={(language) => void update({ language })}
      />
      <small className="muted field__hint">
        {t('language.hint')}{' '}
        {voiceCount === 0
          ? t('language.noVoice', { language: here })
          : t('language.voiceFound', { count: voiceCount, language: here })}
      </small>
    </fieldset>
  )
}
