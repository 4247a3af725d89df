// Hands the cue player the user's own cue sounds from settings, and says once when one is missing (its
// copy gone from the data folder): the built-in sound plays instead and the session goes on.
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { ownCueSoundUrls } from '@shared/model/cueSounds'
import type { Settings } from '@shared/model/settings'
import type { CuePlayer } from '@renderer/audio/cuePlayer'
import { useToast } from '@renderer/app/Toast'

export function useOwnCueSounds(player: CuePlayer, settings: Settings): void {
  const { t } = useTranslation(['music', 'settings'])
  const toast = useToast()
  useEffect(() => {
    player.whenMissing((sound) =>
      toast(t('music:cueSounds.missing', { cue: t(`settings:sound.cues.${sound}`) }))
    )
  }, [player, toast, t])
  const key = JSON.stringify(settings.cueSounds)
  useEffect(() => {
    player.useSounds(ownCueSoundUrls(settings.cueSounds))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the sounds
  }, [player, key])
}
