// Handler for the user's own cue sounds: pick a file in the native dialog, check and copy it (cueSoundFiles),
// and keep it in settings for that cue. Resetting is a settings update without the cue (Undo puts it back).
import { basename } from 'node:path'
import type { Handlers } from '../ipc/dispatch'
import { t } from '../i18n/mainLanguage'
import { importCueSound } from '../music/cueSoundFiles'
import type { Platform } from '../platformPort'
import type { SettingsStore } from '../store/settingsStore'

/** The dialog offers these; the content decides (a renamed file is refused by what it is). */
const SOUND_EXTENSIONS = ['mp3', 'wav', 'ogg', 'oga', 'opus', 'm4a', 'aac', 'flac']

export function cueSoundHandlers(
  settings: Pick<SettingsStore, 'get' | 'update'>,
  platform: Pick<Platform, 'chooseOpenFile'>,
  mediaDir: string
): Pick<Handlers, 'music:pickCueSound'> {
  return {
    'music:pickCueSound': async ({ cue }) => {
      const path = await platform.chooseOpenFile({
        title: t('music:cueSounds.dialog'),
        filters: [{ name: t('music:dialog.filter'), extensions: SOUND_EXTENSIONS }],
      })
      if (!path) return { cancelled: true }
      const ref = importCueSound(path, mediaDir, basename(path))
      const cueSounds = { ...settings.get().cueSounds, [cue]: ref }
      return { cancelled: false, settings: settings.update({ cueSounds }) }
    },
  }
}
