// Settings' language applies at once: the settings:update handler, once the change is saved, tells main,
// which switches its words and rebuilds the menu (no restart). A wrapper, so the stores stay unaware of it.
import type { LanguageSetting } from '@shared/model/language'
import type { Handlers } from '../ipc/dispatch'

export function followLanguageSetting(
  handlers: Handlers,
  onChange: (setting: LanguageSetting) => void
): Handlers {
  const update = handlers['settings:update']
  return {
    ...handlers,
    'settings:update': async (patch) => {
      const saved = await update(patch)
      // Only a saved change counts: a refused patch threw above and changes nothing.
      if (patch.language !== undefined) onChange(saved.language)
      return saved
    },
  }
}
