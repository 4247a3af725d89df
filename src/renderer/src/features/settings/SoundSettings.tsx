// Settings for what the run screen plays and says: cue sounds (each with a test button) and the voice.
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TFunction } from 'i18next'
import { CUE_SOUNDS } from '@renderer/audio/sounds'
import { voices } from '@renderer/audio/voice'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from './SettingsContext'
import { Select, Slider, Toggle } from './fields'

export function SoundSettings() {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  const { player } = useRunSession()
  const test = (sound: (typeof CUE_SOUNDS)[number]) => {
    void player.warmUp()
    player.setMasterVolume(settings.masterVolume)
    player.playNow(sound, settings.cueVolumes[sound])
  }
  return (
    <fieldset className="card">
      <legend>{t('sound.legend')}</legend>
      <Toggle
        label={t('sound.on')}
        checked={settings.soundsOn}
        onChange={(soundsOn) => void update({ soundsOn })}
      />
      <Slider
        label={t('sound.volume')}
        value={settings.masterVolume}
        onChange={(masterVolume) => void update({ masterVolume })}
      />
      {CUE_SOUNDS.map((sound) => (
        <Slider
          key={sound}
          label={t(`sound.cues.${sound}`)}
          value={settings.cueVolumes[sound]}
          onChange={(v) => void update({ cueVolumes: { [sound]: v } })}
        >
          <button
            type="button"
            className="button"
            onClick={() => test(sound)}
            aria-label={t('sound.testLabel', { sound: t(`sound.cues.${sound}`) })}
          >
            {t('sound.test')}
          </button>
        </Slider>
      ))}
      <Toggle
        label={t('sound.pips')}
        checked={settings.countdownPips}
        onChange={(countdownPips) => void update({ countdownPips })}
      />
      <Toggle
        label={t('sound.halfway')}
        checked={settings.halfwayCue}
        onChange={(halfwayCue) => void update({ halfwayCue })}
      />
    </fieldset>
  )
}

/** The voices the system offers; Chromium loads them asynchronously, so the list is kept up to date. */
function useVoices() {
  const [voiceList, setVoiceList] = useState(voices)
  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return
    const refresh = () => setVoiceList(voices())
    speechSynthesis.addEventListener('voiceschanged', refresh)
    return () => speechSynthesis.removeEventListener('voiceschanged', refresh)
  }, [])
  return voiceList
}

/** `platform` picks the advice given when the system has no voice. */
export function VoiceSettings({ platform }: { platform: string | undefined }) {
  const { settings, update } = useSettings()
  const { t } = useTranslation('settings')
  const voiceList = useVoices()
  return (
    <fieldset className="card">
      <legend>{t('voice.legend')}</legend>
      <Toggle
        label={t('voice.announce')}
        checked={settings.voiceOn}
        onChange={(voiceOn) => void update({ voiceOn })}
        hint={t('voice.found', { count: voiceList.length })}
        {...(voiceList.length === 0 ? { disabledReason: noVoiceAdvice(platform, t) } : {})}
      />
      {voiceList.length > 0 && (
        <Select
          label={t('voice.choose')}
          value={settings.voiceName ?? ''}
          options={[
            { value: '', label: t('voice.systemDefault') },
            ...voiceList.map((v) => ({
              value: v.name,
              label: t('voice.option', { name: v.name, lang: v.lang }),
            })),
          ]}
          onChange={(name) => void update({ voiceName: name || null })}
        />
      )}
    </fieldset>
  )
}

/** What to install for speech, where the system has no voice: the steps differ by platform. */
function noVoiceAdvice(platform: string | undefined, t: TFunction<'settings'>): string {
  const where =
    platform === 'linux' || platform === 'win32' || platform === 'darwin' ? platform : 'other'
  return t('voice.none', { advice: t(`voice.install.${where}`) })
}
