// Settings for what the run screen plays and says: cue sounds (each with a test button) and the voice.
import { useEffect, useState } from 'react'
import { noVoiceAdvice, voicesFoundText } from '@shared/platformAdvice'
import { CUE_SOUNDS, CUE_SOUND_LABELS } from '@renderer/audio/sounds'
import { voices } from '@renderer/audio/voice'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from './SettingsContext'
import { Select, Slider, Toggle } from './fields'

export function SoundSettings() {
  const { settings, update } = useSettings()
  const { player } = useRunSession()
  const test = (sound: (typeof CUE_SOUNDS)[number]) => {
    void player.warmUp()
    player.setMasterVolume(settings.masterVolume)
    player.playNow(sound, settings.cueVolumes[sound])
  }
  return (
    <fieldset className="card">
      <legend>Sound</legend>
      <Toggle
        label="Sounds"
        checked={settings.soundsOn}
        onChange={(soundsOn) => void update({ soundsOn })}
      />
      <Slider
        label="Volume"
        value={settings.masterVolume}
        onChange={(masterVolume) => void update({ masterVolume })}
      />
      {CUE_SOUNDS.map((sound) => (
        <Slider
          key={sound}
          label={CUE_SOUND_LABELS[sound]}
          value={settings.cueVolumes[sound]}
          onChange={(v) => void update({ cueVolumes: { [sound]: v } })}
        >
          <button
            type="button"
            className="button"
            onClick={() => test(sound)}
            aria-label={`Test sound: ${CUE_SOUND_LABELS[sound]}`}
          >
            Test
          </button>
        </Slider>
      ))}
      <Toggle
        label="3-2-1 pips before a step ends"
        checked={settings.countdownPips}
        onChange={(countdownPips) => void update({ countdownPips })}
      />
      <Toggle
        label="Halfway cue"
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
  const voiceList = useVoices()
  return (
    <fieldset className="card">
      <legend>Voice</legend>
      <Toggle
        label="Announce each step"
        checked={settings.voiceOn}
        onChange={(voiceOn) => void update({ voiceOn })}
        hint={voicesFoundText(voiceList.length)}
        {...(voiceList.length === 0 ? { disabledReason: noVoiceAdvice(platform) } : {})}
      />
      {voiceList.length > 0 && (
        <Select
          label="Voice"
          value={settings.voiceName ?? ''}
          options={[
            { value: '', label: 'System default' },
            ...voiceList.map((v) => ({ value: v.name, label: `${v.name} (${v.lang})` })),
          ]}
          onChange={(name) => void update({ voiceName: name || null })}
        />
      )}
    </fieldset>
  )
}
