// Settings' Music card: on or off, the default playlist, volume, the level in work and in rest, how far the
// music goes down under a cue, shuffle, whether it pauses with the session, and the cues' own sounds.
import { useTranslation } from 'react-i18next'
import { useSettings } from '../settings/SettingsContext'
import { Select, Slider, Toggle } from '../settings/fields'
import { PlaylistPicker } from './PlaylistPicker'
import { CueSoundSettings } from './CueSoundSettings'

const DUCK_DEPTHS = [-12, -18, -24, -30] as const

export function MusicSettings() {
  const { t } = useTranslation('music')
  const { settings, update } = useSettings()
  const music = settings.music
  return (
    <fieldset className="card">
      <legend>{t('settings.title')}</legend>
      <Toggle
        label={t('settings.on')}
        checked={music.on}
        onChange={(on) => void update({ music: { on } })}
      />
      <PlaylistPicker circuitId={null} />
      <Slider
        label={t('settings.volume')}
        value={music.volume}
        onChange={(volume) => void update({ music: { volume } })}
      />
      <Slider
        label={t('settings.workLevel')}
        value={music.workLevel}
        onChange={(workLevel) => void update({ music: { workLevel } })}
      />
      <Slider
        label={t('settings.restLevel')}
        value={music.restLevel}
        onChange={(restLevel) => void update({ music: { restLevel } })}
      />
      <Select
        label={t('settings.duck')}
        value={String(music.duckDb)}
        options={DUCK_DEPTHS.map((db) => ({
          value: String(db),
          label: t('settings.duckDb', { db: Math.abs(db) }),
        }))}
        onChange={(db) => void update({ music: { duckDb: Number(db) } })}
      />
      <Toggle
        label={t('settings.shuffle')}
        checked={music.shuffle}
        onChange={(shuffle) => void update({ music: { shuffle } })}
      />
      <Toggle
        label={t('settings.pauseWithSession')}
        checked={music.pauseWithSession}
        onChange={(pauseWithSession) => void update({ music: { pauseWithSession } })}
      />
      <CueSoundSettings />
    </fieldset>
  )
}
