// Handlers for facts about the running app: version, data folder, and what was recovered at start-up.
import type { AppInfo } from '@shared/ipc/contract'
import type { Handlers } from '../ipc/dispatch'
import type { Platform } from '../platformPort'
import type { RecoveryNotice } from '../store/document'

export function appHandlers(
  info: AppInfo,
  notices: readonly RecoveryNotice[],
  platform: Platform
): Pick<Handlers, 'app:info' | 'app:notices' | 'app:openDataFolder'> {
  return {
    'app:info': () => info,
    'app:notices': () => [...notices],
    'app:openDataFolder': async () => {
      await platform.openFolder(info.dataDir)
      return { ok: true }
    },
  }
}
