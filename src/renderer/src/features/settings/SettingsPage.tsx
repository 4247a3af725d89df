// The Settings screen: everything the run screen obeys, applied at once and saved by main.
import { useEffect, useState } from 'react'
import { MOVE_BY_HAND_ADVICE, noVoiceAdvice, voicesFoundText } from '@shared/platformAdvice'
import { ThemeSchema, type Theme } from '@shared/model/settings'
import { CUE_SOUNDS, CUE_SOUND_LABELS } from '@renderer/audio/sounds'
import { voices } from '@renderer/audio/voice'
import { useAction, useQuery } from '@renderer/lib/useApi'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from './SettingsContext'
import { NumberField, Select, Slider, Toggle } from './fields'
import { PhoneRemote } from './PhoneRemote'
import { UpdateSettings } from './UpdateSettings'

const THEME_LABELS: Record<Theme, string> = {
  system: 'Follow system',
  light: 'Light',
  dark: 'Dark',
}

export function SettingsPage() {
  const { settings, update, error } = useSettings()
  const { player } = useRunSession()
  const { data: info, error: infoError } = useQuery('the app details', () =>
    window.api.getAppInfo()
  )
  const displayQuery = useQuery('the displays', () => window.api.listDisplays())
  const displays = displayQuery.data
  const moveToDisplay = useAction('move to that display', (id: number) =>
    window.api.moveToDisplay({ id })
  )
  const openDataFolder = useAction('open the data folder', () => window.api.openDataFolder())
  const problem = infoError ?? displayQuery.error
  const [voiceList, setVoiceList] = useState(voices)

  useEffect(() => {
    if (typeof speechSynthesis === 'undefined') return
    // Voices load asynchronously in Chromium.
    const refresh = () => setVoiceList(voices())
    speechSynthesis.addEventListener('voiceschanged', refresh)
    return () => speechSynthesis.removeEventListener('voiceschanged', refresh)
  }, [])

  const test = (sound: (typeof CUE_SOUNDS)[number]) => {
    void player.warmUp()
    player.setMasterVolume(settings.masterVolume)
    player.playNow(sound, settings.cueVolumes[sound])
  }

  const moveTo = async (id: number) => {
    if ((await moveToDisplay.run(id)) !== undefined) displayQuery.reload()
  }

  return (
    <section className="page settings" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {(error || problem) && (
        <p role="alert" className="notice notice--error">
          {error ?? problem}
        </p>
      )}

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

      <fieldset className="card">
        <legend>Voice</legend>
        <Toggle
          label="Announce each step"
          checked={settings.voiceOn}
          onChange={(voiceOn) => void update({ voiceOn })}
          hint={
            voiceList.length === 0
              ? noVoiceAdvice(info?.platform)
              : voicesFoundText(voiceList.length)
          }
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

      <fieldset className="card">
        <legend>Sessions</legend>
        <NumberField
          label="Default prepare time"
          unit="s"
          min={0}
          max={600}
          value={settings.defaultPrepareSec}
          onChange={(defaultPrepareSec) => void update({ defaultPrepareSec })}
        />
        <Toggle
          label="Keep the screen awake during a session"
          checked={settings.keepScreenAwake}
          onChange={(keepScreenAwake) => void update({ keepScreenAwake })}
        />
        {displays && !displays.canMoveWindows && (
          <p className="muted" data-testid="move-by-hand">
            {MOVE_BY_HAND_ADVICE}
          </p>
        )}
        {displays && displays.canMoveWindows && displays.displays.length > 1 && (
          <div className="field">
            <span>Run on display</span>
            <span className="field__row">
              {displays.displays.map((d) => (
                <button
                  key={d.id}
                  type="button"
                  className={`button${d.id === displays.currentId ? ' button--primary' : ''}`}
                  aria-pressed={d.id === displays.currentId}
                  onClick={() => void moveTo(d.id)}
                >
                  {d.label} ({d.width}×{d.height})
                </button>
              ))}
            </span>
          </div>
        )}
      </fieldset>

      <PhoneRemote />

      <fieldset className="card">
        <legend>You</legend>
        <NumberField
          label="Body weight"
          unit={settings.weightUnit}
          min={20}
          max={400}
          value={settings.bodyWeight}
          onChange={(bodyWeight) => void update({ bodyWeight })}
        />
        <Select
          label="Units"
          value={settings.weightUnit}
          options={[
            { value: 'kg', label: 'Kilograms' },
            { value: 'lb', label: 'Pounds' },
          ]}
          onChange={(weightUnit) => void update({ weightUnit })}
        />
        <p className="muted">
          Used only for the energy estimate: MET × body weight × time, per step.
        </p>
      </fieldset>

      <fieldset className="card">
        <legend>Weekly plan</legend>
        <p className="muted">Sessions a week to aim for; History shows each week against it.</p>
        <NumberField
          label="Strength"
          min={0}
          max={14}
          value={settings.weeklyPlan.strength}
          onChange={(strength) => void update({ weeklyPlan: { strength } })}
        />
        <NumberField
          label="HIIT"
          min={0}
          max={14}
          value={settings.weeklyPlan.hiit}
          onChange={(hiit) => void update({ weeklyPlan: { hiit } })}
        />
        <NumberField
          label="Cardio"
          min={0}
          max={14}
          value={settings.weeklyPlan.cardio}
          onChange={(cardio) => void update({ weeklyPlan: { cardio } })}
        />
        <NumberField
          label="Mobility / stretch"
          min={0}
          max={14}
          value={settings.weeklyPlan.mobility}
          onChange={(mobility) => void update({ weeklyPlan: { mobility } })}
        />
      </fieldset>

      <fieldset className="card">
        <legend>Appearance</legend>
        <Select
          label="Theme"
          value={settings.theme}
          options={ThemeSchema.options.map((t) => ({ value: t, label: THEME_LABELS[t] }))}
          onChange={(theme) => void update({ theme })}
        />
      </fieldset>

      <UpdateSettings />

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
    </section>
  )
}
