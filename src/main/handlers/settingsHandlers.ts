// Handlers for reading and changing settings.
import type { Handlers } from '../ipc/dispatch'
import type { SettingsStore } from '../store/settingsStore'

export function settingsHandlers(
  settings: SettingsStore
): Pick<Handlers, 'settings:get' | 'settings:update'> {
  return {
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
  }
}
