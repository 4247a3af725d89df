// The "Cue sounds" part of the Music card: each cue plays its built-in sound or one of the user's own,
// picked in main's dialog (checked and copied there), played here to try it, and reset with Undo.
import { useTranslation } from 'react-i18next'
import { CUE_SOUND_NAMES, type CueSoundName } from '@shared/model/cueSounds'
import { useAction } from '@renderer/lib/useApi'
import { useToast } from '@renderer/app/Toast'
import { useRunSession } from '../run/RunSessionProvider'
import { useSettings } from '../settings/SettingsContext'

export function CueSoundSettings() {
  const { t } = useTranslation(['music', 'settings'])
  const { settings, update } = useSettings()
  const { player } = useRunSession()
  const toast = useToast()
  const pick = useAction(t('music:cueSounds.actions.pick'), (cue: CueSoundName) =>
    window.api.pickCueSound({ cue })
  )
  const cueName = (cue: CueSoundName) => t(`settings:sound.cues.${cue}`)

  const choose = async (cue: CueSoundName) => {
    const result = await pick.run(cue)
    if (!result || result.cancelled) return
    // Main has saved it; this brings the screen's settings (and the cue player) up to date.
    await update({ cueSounds: result.settings.cueSounds })
    const name = result.settings.cueSounds[cue]?.name ?? ''
    toast(t('music:cueSounds.chosen', { cue: cueName(cue), name }))
  }
  const play = (cue: CueSoundName) => {
    void player.warmUp()
    player.setMasterVolume(settings.masterVolume)
    player.playNow(cue, settings.cueVolumes[cue])
  }
  const reset = (cue: CueSoundName) => {
    const before = settings.cueSounds
    const { [cue]: _gone, ...rest } = before
    void update({ cueSounds: rest })
    // The copy stays in the data folder, so Undo needs nothing but the settings back.
    toast(t('music:cueSounds.wasReset', { cue: cueName(cue) }), {
      label: t('music:cueSounds.undo'),
      run: () => void update({ cueSounds: before }),
    })
  }

  return (
    <div className="cue-sounds" role="group" aria-labelledby="cue-sounds-title">
      <h3 id="cue-sounds-title">{t('music:cueSounds.title')}</h3>
      <ul>
        {CUE_SOUND_NAMES.map((cue) => {
          const own = settings.cueSounds[cue]
          return (
            <li key={cue} data-testid={`cue-sound-${cue}`}>
              <span className="cue-sounds__name">{cueName(cue)}</span>
              <span className="cue-sounds__which">
                {own ? t('music:cueSounds.own', { name: own.name }) : t('music:cueSounds.builtIn')}
              </span>
              <button
                type="button"
                className="button"
                disabled={pick.busy}
                onClick={() => void choose(cue)}
                aria-label={t('music:cueSounds.chooseLabel', { cue: cueName(cue) })}
              >
                {t('music:cueSounds.choose')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => play(cue)}
                aria-label={t('music:cueSounds.playLabel', { cue: cueName(cue) })}
              >
                {t('music:cueSounds.play')}
              </button>
              {own && (
                <button
                  type="button"
                  className="button"
                  onClick={() => reset(cue)}
                  aria-label={t('music:cueSounds.resetLabel', { cue: cueName(cue) })}
                >
                  {t('music:cueSounds.reset')}
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
