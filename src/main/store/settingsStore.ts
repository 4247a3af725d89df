// Settings on disk: read once at start, validated on every update.
import {
  applySettingsPatch,
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '@shared/model/settings'
import { openDocument, type BackendFactory, type RecoveryNotice } from './document'
import type { SharedDocumentOptions } from './document'
import type { Migration } from './migrations'

export const SETTINGS_MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: files from before versioning keep what they had and gain the new fields' defaults.
  (doc) => ({ ...DEFAULT_SETTINGS, ...doc }),
]

export interface SettingsStore {
  get(): Settings
  update(patch: SettingsPatch): Settings
  readonly path: string
}

export function createSettingsStore(
  dir: string,
  backend: BackendFactory,
  onRecovered: (notice: RecoveryNotice) => void,
  shared: SharedDocumentOptions = {}
): SettingsStore {
  const doc = openDocument<Settings>({
    dir,
    name: 'settings',
    schema: SettingsSchema,
    defaults: DEFAULT_SETTINGS,
    migrations: SETTINGS_MIGRATIONS,
    backend,
    onRecovered,
    ...shared,
  })
  return {
    path: doc.path,
    get: () => doc.read(),
    update(patch) {
      const next = applySettingsPatch(doc.read(), patch)
      doc.write(next)
      return next
    },
  }
}
